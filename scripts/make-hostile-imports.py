#!/usr/bin/env python3
"""Writes Tests/Corpus/hostile/: small files built to hurt `gkexport import`, one folder per
case, each with its input and a case.txt (args, expected exit code, what standard error must
say; `setup:` lines run in a copy of the folder first, for links, sparse files and FIFOs).

Every case is under 100 KB; the big ones (a 2 GB file, huge repeats) are links, sparse files or
counts written into a few bytes. Deterministic: fixed ZIP dates, no randomness.

Run again after changing the golden seed or the caps: python3 scripts/make-hostile-imports.py"""
import os
import shutil
import struct
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "Corpus", "hostile")
GOLDEN = os.path.join(ROOT, "Tests", "Golden", "golden")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
ADVICE = "请确认选对了文件"


def zip_bytes(entries):
    """A ZIP of (name, bytes), deflated, dated 1980-01-01 like our own output."""
    import io
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buffer.getvalue()


def docx(body):
    return zip_bytes([
        ("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'),
    ])


def odt(body):
    return zip_bytes([
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", f'<office:document-content {ODF}><office:body><office:text>{body}'
                        '</office:text></office:body></office:document-content>'),
    ])


def seed(kind, part, old, new):
    """The golden seed report with one change in its main part."""
    with zipfile.ZipFile(os.path.join(GOLDEN, f"seed-2020.{kind}")) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in entries:
        if name == part:
            text = data.decode("utf-8")
            assert old in text, old
            data = text.replace(old, new, 1).encode("utf-8")
        out.append((name, data))
    return zip_bytes(out)


def declare_size(data, name, size):
    """Rewrites `name`'s uncompressed size in the central directory (the local header too)."""
    data = bytearray(data)
    encoded = name.encode()
    i = 0
    while True:
        i = data.find(b"PK\x01\x02", i)
        if i < 0:
            break
        n = struct.unpack_from("<H", data, i + 28)[0]
        if bytes(data[i + 46:i + 46 + n]) == encoded:
            struct.pack_into("<I", data, i + 24, size)
            local = struct.unpack_from("<I", data, i + 42)[0]
            struct.pack_into("<I", data, local + 22, size)
        i += 4
    return bytes(data)


def wtable(rows):
    return f"<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>{rows}</w:tbl>"


def otable(inner, columns='<table:table-column/>'):
    return f"<table:table>{columns}{inner}</table:table>"


cases = {}


def case(name, files, args, exit_code, stderr, setup=()):
    cases[name] = (files, args, exit_code, stderr, setup)


HEAD = '<text:h text:style-name="Heading1" text:outline-level="1">一、总体情况</text:h>'
# White-space runs are clamped, never refused: the seed still imports.
for name, count in [("odt-space-count-negative", "-1"), ("odt-space-count-int64-max", "9223372036854775807"),
                    ("odt-space-count-billion", "1000000000"), ("odt-space-count-garbage", "2abc")]:
    case(name, {"report.odt": seed("odt", "content.xml", HEAD, HEAD + f'<text:p>总<text:s text:c="{count}"/>体</text:p>')},
         "import report.odt", 0, ["识别为：丰城市行政审批局2020年"])
# …but a document of clamped runs still meets the document's text cap.
case("odt-space-runs-past-the-text-cap",
     {"report.odt": odt('<text:p><text:s text:c="1000"/></text:p>' * 1100)},
     "import report.odt", 1, ["report.odt", "全文超过 1000000 字（上限）", ADVICE])
# Numbers past Int64 in the cells are reported as unplaceable values, never parsed into a trap.
case("docx-values-past-int64",
     {"report.docx": seed("docx", "word/document.xml", "<w:t>176</w:t>", "<w:t>99999999999999999999999</w:t>")},
     "import report.docx", 0, ["识别为：丰城市行政审批局2020年", "无法归入：表二「行政许可」×「上一年项目数量」：“99999999999999999999999”"])
case("docx-gridspan-int64-max",
     {"report.docx": docx(wtable('<w:tr><w:tc><w:tcPr><w:gridSpan w:val="9223372036854775807"/></w:tcPr><w:p/></w:tc>'
                                 '<w:tc><w:p/></w:tc></w:tr>'))},
     "import report.docx", 1, ["report.docx", "第 1 个表格第 1 行超过 200 列（上限", ADVICE])
case("docx-gridspan-overflowing-sum",
     {"report.docx": docx(wtable('<w:tr>' + '<w:tc><w:tcPr><w:gridSpan w:val="199"/></w:tcPr><w:p/></w:tc>' * 3 + '</w:tr>'))},
     "import report.docx", 1, ["第 1 个表格第 1 行超过 200 列"])
case("docx-gridbefore-huge",
     {"report.docx": docx(wtable('<w:tr><w:trPr><w:gridBefore w:val="4294967296"/></w:trPr><w:tc><w:p/></w:tc></w:tr>'))},
     "import report.docx", 1, ["第 1 个表格第 1 行超过 200 列"])
case("docx-vmerge-chain-2500-rows",
     {"report.docx": docx(wtable('<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc></w:tr>'
                                 + '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>' * 2500))},
     "import report.docx", 1, ["第 1 个表格超过 2000 行（上限）"])
case("docx-101-tables",
     {"report.docx": docx(wtable('<w:tr><w:tc><w:p/></w:tc></w:tr>') * 101)},
     "import report.docx", 1, ["表格超过 100 个（上限）"])
case("docx-nested-300-deep",
     {"report.docx": docx('<w:p>' + '<w:r>' * 300 + '</w:r>' * 300 + '</w:p>')},
     "import report.docx", 1, ["word/document.xml", "嵌套超过 256 层（上限）"])
case("docx-paragraph-110000-characters",
     {"report.docx": docx('<w:p><w:r><w:t>' + "年" * 110000 + '</w:t></w:r></w:p>')},
     "import report.docx", 1, ["第 1 段超过 100000 字（上限）"])
def noise(n):
    """n bytes that do not compress (a fixed linear congruential sequence, as hex digits)."""
    x, out = 1, []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append("0123456789abcdef"[x >> 27])
    return "".join(out)


# Compressed 60 KB against a declared 9 MB: under the zip-bomb ratio, so the part cap is what stops it.
case("docx-declares-9-mb-main-part",
     {"report.docx": declare_size(docx(f'<w:p><w:r><w:t>{noise(120000)}</w:t></w:r></w:p>'), "word/document.xml", 9 << 20)},
     "import report.docx", 1, ["word/document.xml 解压后 9 MB，超过 8 MB（上限）"])
case("odt-rows-repeated-billion",
     {"report.odt": odt(otable('<table:table-row table:number-rows-repeated="1000000000"><table:table-cell/></table:table-row>'))},
     "import report.odt", 1, ["第 1 个表格超过 2000 行（上限）"])
case("odt-column-definitions-repeated",
     {"report.odt": odt(otable('<table:table-row><table:table-cell/></table:table-row>',
                               '<table:table-column table:number-columns-repeated="100000"/>'))},
     "import report.odt", 1, ["第 1 个表格第 1 行超过 200 列"])
case("odt-cell-repeated-past-int64",
     {"report.odt": odt(otable('<table:table-row><table:table-cell table:number-columns-repeated="99999999999999999999"/>'
                               '</table:table-row>'))},
     "import report.odt", 1, ["第 1 个表格第 1 行超过 200 列"])
case("odt-repeats-multiply-past-the-cell-cap",
     {"report.odt": odt(otable('<table:table-row table:number-rows-repeated="40">'
                               '<table:table-cell table:number-columns-repeated="40"><text:p>x</text:p></table:table-cell>'
                               '</table:table-row>'))},
     "import report.odt", 1, ["第 1 个表格的单元格超过 1000 个（上限）"])
case("odt-rows-spanned-huge",
     {"report.odt": odt(otable('<table:table-row><table:table-cell table:number-rows-spanned="5000"/></table:table-row>'))},
     "import report.odt", 1, ["第 1 个表格超过 2000 行（上限）"])
case("html-spans-100000-on-300-rows",
     {"report.html": "<html><body><table>" + '<tr><td rowspan="100000" colspan="100000">x</td></tr>' * 300
      + "</table></body></html>"},
     "import report.html", 1, ["网页", "第 1 个表格第 1 行超过 200 列"])
case("html-rowspans-walk-right",
     {"report.html": "<html><body><table>" + '<tr><td rowspan="100000">x</td></tr>' * 300 + "</table></body></html>"},
     "import report.html", 1, ["第 1 个表格第 201 行超过 200 列"])
case("html-2500-rows",
     {"report.html": "<table>" + "<tr><td>1</td></tr>" * 2500 + "</table>"},
     "import report.html", 1, ["第 1 个表格超过 2000 行（上限）"])
case("html-span-values-malformed",
     {"report.html": "<table><tr>" + "".join(f'<td colspan="{v}" rowspan="{v}">x</td>'
                                             for v in ["-1", "0", "2abc", " +3", "", "1e9", "0x10", "９"]) + "</tr></table>"},
     "import report.html", 1, ["找不到报告的各部分标题"])
case("txt-cell-11000-characters",
     {"report.txt": "一、总体情况\n\t" + "字" * 11000 + "\n"},
     "import report.txt", 1, ["文本", "第 1 个表格第 1 行有单元格超过 10000 字（上限）"])
case("symlink-to-2-gb-sparse-file", {}, "import report.docx", 1,
     ["report.docx", "文件过大（2048 MB）", "20 MB（上限）"],
     setup=["truncate -s 2G big.bin", "ln -s big.bin report.docx"])
case("zip-bomb-ratio",
     {"report.docx": declare_size(docx("<w:p/>"), "word/document.xml", 7 << 20)},
     "import report.docx", 1, ["word/document.xml 的压缩比超过 200 倍（上限"])
case("fifo-as-input", {}, "import report.odt", 1, ["report.odt", "不是普通文件（是命名管道（FIFO））"],
     setup=["mkfifo report.odt"])
case("directory-as-input", {}, "import report.docx", 1, ["report.docx", "不是普通文件（是文件夹）"],
     setup=["mkdir report.docx"])

if os.path.isdir(OUT):
    shutil.rmtree(OUT)
for name, (files, args, exit_code, stderr, setup) in sorted(cases.items()):
    folder = os.path.join(OUT, name)
    os.makedirs(folder)
    for file, data in files.items():
        with open(os.path.join(folder, file), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        assert len(data) < 100_000, (name, len(data))
    lines = [f"setup: {s}" for s in setup] + [f"args: {args}", f"exit: {exit_code}"] + [f"stderr: {s}" for s in stderr]
    with open(os.path.join(folder, "case.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
print(f"{len(cases)} cases in {os.path.relpath(OUT, ROOT)}")
