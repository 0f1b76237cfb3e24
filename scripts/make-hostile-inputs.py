#!/usr/bin/env python3
"""Writes the input-reader cases of Tests/Corpus/hostile (report files, sheets, standard input).

Each case is a folder with its input files and a case.txt the corpus harness reads. Big or
special inputs (2 GB files, FIFOs, folders) are made by `setup:` lines, never stored.
Run from the package root: python3 scripts/make-hostile-inputs.py
"""
import os
import shutil
import subprocess

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CORPUS = os.path.join(ROOT, "Tests", "Corpus", "hostile")
EXAMPLE = open(os.path.join(ROOT, "examples", "fengcheng-2020.yaml"), encoding="utf-8").read()
AMOUNT = 'procurement:         {items: 35, amount: "3775.461335万"}'


def case(name, files, lines):
    folder = os.path.join(CORPUS, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for file, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        assert len(data) < 100_000, (name, file)
        os.makedirs(os.path.dirname(os.path.join(folder, file)), exist_ok=True)
        with open(os.path.join(folder, file), "wb") as f:
            f.write(data)
    with open(os.path.join(folder, "case.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def example_with(old, new):
    assert old in EXAMPLE, old
    return EXAMPLE.replace(old, new)


def alias_bomb(levels):
    lines = ["a0: &a0 [x,x,x,x,x,x,x,x,x]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    lines.append(f"*a{levels - 1} : 1")
    return "\n".join(lines) + "\n"


def sample_sheet(folder):
    """A 3-agency 2021 sheet and its narrative files, from gkexport-bench's generator."""
    bench = os.path.join(ROOT, ".build", "debug", "gkexport-bench")
    subprocess.run([bench, "generate", "3", folder], check=True, stdout=subprocess.DEVNULL)
    files = {}
    for base, _, names in os.walk(folder):
        for n in names:
            path = os.path.join(base, n)
            files[os.path.relpath(path, folder)] = open(path, "rb").read()
    return files


# Report files (YAML/JSON) and standard input.
case("report-alias-bomb", {"report.yaml": alias_bomb(9)}, [
    "args: validate report.yaml", "exit: 1",
    "stderr: report.yaml:5:30: 错误：别名“*a3”展开后，文件里的值超过 50000 个（别名套别名）"])
case("report-yaml-nested-5000-deep", {"report.yaml": "agency: x\nproactive: " + "[" * 5000 + "]" * 5000 + "\n"}, [
    "args: validate report.yaml", "exit: 1", "stderr: report.yaml:2:", "stderr: 嵌套超过 20 层"])
case("report-json-nested-2000-deep", {"report.json": '{"agency": ' + '{"a": ' * 2000 + "1" + "}" * 2000 + "}"}, [
    "args: validate report.json", "exit: 1", "stderr: report.json:1:", "stderr: 嵌套超过 20 层"])
case("report-json-100000-values", {}, [
    "setup: (printf '{\"agency\": ['; yes '0,' | head -n 100000 | tr -d '\\n'; printf '0]}') > report.json",
    "args: validate report.json", "exit: 1", "stderr: 文件里的值超过 50000 个，报告文件只有几百个"])
case("report-24000-unknown-keys", {}, [
    "setup: (printf '{\"agency\": \"x\", \"year\": 2020'; seq 1 24000 | sed 's/.*/, \"k&\": 1/' | tr -d '\\n'; printf '}') > report.json",
    "args: validate report.json", "exit: 1",
    "stderr: report.json: 错误：另有 23800 处未逐一检查和列出：问题超过 200 个"])
case("report-symlink-to-2-gb-sparse-file", {}, [
    "setup: truncate -s 2G big.bin", "setup: ln -s big.bin report.yaml",
    "args: validate report.yaml", "exit: 1",
    "stderr: report.yaml: 错误：文件过大（2048 MB），报告文件一般只有几 KB，上限 4 MB"])
case("report-fifo", {}, [
    "setup: mkfifo report.yaml", "args: validate report.yaml", "exit: 1",
    "stderr: report.yaml: 错误：无法读取报告文件：这是一个管道（FIFO），不是普通文件"])
case("report-is-a-folder", {}, [
    "setup: mkdir report.yaml", "args: validate report.yaml", "exit: 1",
    "stderr: 无法读取报告文件：这是一个文件夹，不是文件"])
case("report-is-a-device", {}, [
    "args: validate /dev/zero", "exit: 1", "stderr: /dev/zero: 错误：无法读取报告文件：这是一个设备，不是普通文件"])
case("stdin-64-mb-of-nothing", {}, [
    "setup: truncate -s 64M big.bin", "stdin: big.bin", "args: validate -", "exit: 1",
    "stderr: 标准输入: 错误：文件过大", "stderr: 上限 4 MB"])
case("report-utf32-bom", {"report.yaml": b"\xff\xfe\x00\x00" + "agency: x\n".encode("utf-32-le")}, [
    "args: validate report.yaml", "exit: 1", "stderr: 文件是 UTF-32 编码，报告文件须为 UTF-8"])
case("report-negative-amount", {"report.yaml": example_with(AMOUNT, AMOUNT.replace('"3775', '"-3775'))}, [
    "args: validate report.yaml", "exit: 1",
    "stderr: report.yaml:28:44: 错误：表二「政府集中采购」×「采购总金额」：“-3775.461335万”是负数，金额应不小于 0"])
case("report-minus-zero-count", {"report.yaml": example_with("{previous_items: 4, change: 0,", "{previous_items: -0, change: 0,")}, [
    "args: validate report.yaml", "exit: 1",
    "stderr: 表二「行政处罚」×「上一年项目数量」：“-0”带负号，零不带正负号"])
case("report-5000-digit-amount", {"report.yaml": example_with(AMOUNT, AMOUNT.replace("3775.461335", "9" * 5000))}, [
    "args: validate report.yaml", "exit: 1",
    "stderr: “99999999999999999999…”（共 5001 个字符）有 5000 位数字（小数 0 位），金额至多 15 位、小数至多 6 位"])

# CSV sheets: a header problem refuses the sheet; a row problem that row (aggregate prints all).
case("sheet-duplicate-column", {"sheet.csv": "agency,year,agency\n某局,2021,某局\n"}, [
    "args: batch sheet.csv -o {out}", "exit: 1",
    "stderr: sheet.csv:1:3: 错误：第 1 列（A）和第 3 列（C）的列名都是“agency”，不知道用哪一列"])
case("sheet-unnamed-column-with-value", {"sheet.csv": "agency,year,,\n某局,2021,,12\n"}, [
    "args: batch sheet.csv -o {out}", "exit: 1",
    "stderr: sheet.csv:2:4: 错误：第 4 列（D）没有列名，但第 2 行在这一列填了“12”"])
case("sheet-row-longer-than-header", {"sheet.csv": "agency,year\n某局,2021\n某某局,2021,5,,7\n"}, [
    "args: aggregate sheet.csv -o {out}/total.yaml", "exit: 1",
    "stderr: sheet.csv:3:3: 错误：这一行有 5 格，列名只有 2 个：多出第 3 列（C）“5”、第 5 列（E）“7”"])
case("sheet-narrative-absolute-path", {"sheet.csv": "agency,year,overview\n某局,2021,/etc/passwd\n"}, [
    "args: aggregate sheet.csv -o {out}/total.yaml", "exit: 1",
    "stderr: sheet.csv:2:3: 错误：第 2 行 overview 列（C 列）写的是绝对路径“/etc/passwd”，不予读取"])
case("sheet-narrative-climbs-out", {"sheet.csv": "agency,year,problems\n某局,2021,texts/../../x\n"}, [
    "args: aggregate sheet.csv -o {out}/total.yaml", "exit: 1",
    "stderr: 第 2 行 problems 列（C 列）所指的文件“texts/../../x”在表格所在的文件夹以外，不予读取"])
case("sheet-narrative-link-out", {"sheet.csv": "agency,year,other\n某局,2021,other.txt\n"}, [
    "setup: ln -s /etc/passwd other.txt",
    "args: aggregate sheet.csv -o {out}/total.yaml", "exit: 1",
    "stderr: 第 2 行 other 列（C 列）所指的文件“other.txt”在表格所在的文件夹以外（/etc/passwd），不予读取"])
case("sheet-narrative-fifo", {"sheet.csv": "agency,year,overview\n某局,2021,overview.txt\n"}, [
    "setup: mkfifo overview.txt",
    "args: aggregate sheet.csv -o {out}/total.yaml", "exit: 1",
    "stderr: 所指的文件“overview.txt”无法读取：这是一个管道（FIFO），不是普通文件"])
case("sheet-symlink-to-2-gb-sparse-file", {}, [
    "setup: truncate -s 2G big.bin", "setup: ln -s big.bin sheet.csv",
    "args: batch sheet.csv -o {out}", "exit: 1", "stderr: sheet.csv: 错误：表格文件过大（2048 MB，上限 64 MB）"])
case("manifest-fifo", {}, [
    "setup: mkfifo list", "args: batch list -o {out}", "exit: 1",
    "stderr: list: 错误：无法读取清单文件：这是一个管道（FIFO），不是普通文件"])

case("sheet-1001-columns", {}, [
    "setup: (printf 'agency,year\\n'; head -c 1000 /dev/zero | tr '\\0' ',') > sheet.csv",
    "args: batch sheet.csv -o {out}", "exit: 1",
    "stderr: sheet.csv:2: 错误：第 2 行超过 1000 格：报告表格只有两百多列，确认这是各单位的表格"])
case("sheet-997-unknown-columns", {}, [
    "setup: (printf 'agency,year'; seq 1 997 | sed 's/.*/,applications.received.natural_persxn&/' | tr -d '\\n'; printf '\\n') > sheet.csv",
    "args: batch sheet.csv -o {out}", "exit: 1",
    "stderr: sheet.csv:1:3: 错误：第 3 列的列名“applications.received.natural_persxn1”不认识",
    "stderr: sheet.csv:1: 错误：另有 987 个列名不认识，未逐一列出"])
case("sheet-20-mb-cell", {}, [
    "setup: (printf 'agency,year\\n\"'; head -c 20000000 /dev/zero | tr '\\0' 'a') > sheet.csv",
    "args: batch sheet.csv -o {out}", "exit: 1",
    "stderr: sheet.csv:2: 错误：第 2 行有一格超过 10000 字"])
case("sheet-20-mb-of-blank-lines", {}, [
    "setup: (printf 'agency,year\\n'; head -c 20000000 /dev/zero | tr '\\0' '\\n') > sheet.csv",
    "args: batch sheet.csv -o {out}", "exit: 1",
    "stderr: 错误：表格超过 100000 行（第 100002 行处）：请分成几个表格"])

# A sheet whose third line was saved as GB18030, the rest UTF-8: every agency read right.
tmp = os.path.join(CORPUS, ".tmp-sheet")
shutil.rmtree(tmp, ignore_errors=True)
files = sample_sheet(tmp)
shutil.rmtree(tmp)
lines = files["sheet.csv"].split(b"\r\n")
lines[2] = lines[2].decode("utf-8").encode("gb18030")
files["sheet.csv"] = b"\r\n".join(lines)
case("sheet-mixed-utf8-and-gb18030", files, [
    "args: batch sheet.csv -o {out}", "exit: 0",
    "stderr: sheet.csv: 警告：表格的编码不统一：第 3 行按 GB18030 读入，其余按 UTF-8",
    "stdout: 成功           3（其中有警告 1）"])
