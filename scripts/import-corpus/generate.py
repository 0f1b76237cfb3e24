#!/usr/bin/env python3
"""Builds Tests/Corpus/import-real/: reports as agencies publish them, each with the numbers
`gkexport import` must read from it (<case>.expected.json). Run from the repository root after
`swift build` (the .doc, .rtf, .wps and .pdf cases print our DOCX through LibreOffice):

    python3 scripts/import-corpus/generate.py

The generated files are committed, so the tests need neither this script nor LibreOffice."""
import json, os, shutil, subprocess, sys, tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from model import Report, ROOT, APPLICANT
from shapes import *
from traditional import to_traditional

OUT = ROOT / "Tests/Corpus/import-real"
BIN = ROOT / ".build/debug/gkexport"
cases = []


def save(name, data, expected):
    # Part 一 comes back paragraph for paragraph wherever the source keeps paragraphs (a PDF
    # reflows them and puts spaces around digits; a dump without line breaks has none).
    if name.endswith(".pdf") or name.startswith("runon-"):
        expected["narratives"].pop("overview", None)
    path = OUT / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    stem = name.rsplit(".", 1)[0]
    (OUT / f"{stem}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    cases.append(name)


def zero_blank(blank):
    return lambda t, r, c, v: blank if v == 0 and not (t == "proactive" and c in ("amount", "fee_amount")) else str(v)


def html_tables(rep, cell_text=None, label_text=None, pad=True, split=()):
    out = {}
    for tid in ("proactive", "applications", "appeals"):
        rows = grid_rows(rep, tid, cell_text, label_text)
        if tid in split:
            # Split where the form's section bands are: each band and its rows a table of its own.
            pieces, cur = [], []
            for r in rows:
                if len(r) == 1 and r[0][1] == 4 and cur:
                    pieces.append(cur)
                    cur = []
                cur.append(r)
            pieces.append(cur)
            out[tid] = [html_table(p, pad=pad) + '\n<p style="text-align:center">（续表）</p>' for p in pieces]
        else:
            out[tid] = [html_table(rows, pad=pad)]
    return out


def render_docx(rep, work):
    work.mkdir(parents=True, exist_ok=True)
    y = work / "r.yaml"
    y.write_text(rep.yaml())
    subprocess.run([str(BIN), "render", str(y), "-o", str(work / "out"), "--format", "docx"], check=True, capture_output=True)
    return next((work / "out").glob("*.docx"))


def soffice(src, fmt, work):
    profile = Path(tempfile.mkdtemp(prefix="gkexport-corpus-profile-"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", fmt,
                        "--outdir", str(work / "conv"), str(src)], check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return next((work / "conv").glob(f"{src.stem}.{fmt.split(':')[0]}"))


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="gkexport-corpus-"))

    # 1. A CMS page, year-first title, zeros printed as empty cells, Word-to-HTML padding.
    r = Report(101, "2021", "上海市某区人民政府办公室", 2022)
    t = f"{r.year}年{r.agency}政府信息公开工作年度报告"
    save("cms-yearfirst-blank-2022.html", cms_page(r, t, t + "_上海市某区人民政府", html_tables(r, zero_blank(""))),
         r.expected())

    # 2. GB2312-declared page (bytes GB18030), no 工作 in the title, "/" for zeros, 2019 edition.
    r = Report(102, "2019", "某某县财政局", 2019)
    r.overview.insert(0, "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。")
    t = f"{r.agency}{r.year}年政府信息公开年度报告"
    save("cms-gb2312-slash-2019.html", cms_page(r, t, t, html_tables(r, zero_blank("/")), charset="gb2312").encode("gb18030"), r.expected())

    # 3. UTF-16 with a byte-order mark and a charset declaration.
    r = Report(103, "2019", "某某市生态环境局", 2020)
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-utf16-2020.html", b"\xff\xfe" + cms_page(r, t, t, html_tables(r), charset="utf-16").encode("utf-16-le"), r.expected())

    # 4. Big5: a traditional-character mirror of a report.
    r = Report(104, "2021", "某某市交通运输局", 2021)
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    page = cms_page(r, t, t, html_tables(r, zero_blank("—")), charset="big5")
    save("cms-big5-2021.html", to_traditional(page).encode("big5hkscs"), r.expected())

    # 5. The title only in <title> and the ArticleTitle meta; the body starts at part 一.
    r = Report(105, "2021", "某某省自然资源厅", 2023)
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-title-in-head-only-2023.html", cms_page(r, None, t + " - 某某省人民政府门户网站", html_tables(r), meta_title=t), r.expected())

    # 6. A title without the agency: the agency is in the signature only.
    r = Report(106, "2021", "某某区市场监督管理局", 2021)
    save("cms-agency-in-signature-2021.html", cms_page(r, f"{r.year}年政府信息公开工作年度报告", "政府信息公开年报", html_tables(r)), r.expected())

    # 7. Local heading wordings, a typo among them.
    r = Report(107, "2019", "某某县人民政府", 2020)
    heads = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政法复议、行政诉讼情况",
             "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项"]
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-local-headings-2020.html", cms_page(r, t, t, html_tables(r), headings=heads), r.expected())

    r = Report(108, "2021", "某某镇人民政府", 2022)
    heads = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
             "五、存在的主要问题及整改措施", "六、其他需要报告的事项"]
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-rectification-heading-2022.html", cms_page(r, t, t, html_tables(r, zero_blank("0")), headings=heads), r.expected())

    # 8. Tables split where the page breaks them, with （续表） between.
    r = Report(109, "2019", "某某市教育局", 2019)
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-split-tables-2019.html", cms_page(r, t, t, html_tables(r, split=("proactive",))), r.expected())

    # 9. Labels as clerks type them: split over paragraphs with &nbsp;, 「1、」, 「第二十条 第（一）项」,
    #    a note beside a number, "—", "－", "无", "不适用" in empty cells.
    r = Report(110, "2021", "某某市住房和城乡建设局", 2021)
    marks = ["—", "－", "无", "不适用", "/"]

    def noisy(tid, rid, c, v):
        if v == 0 and c not in ("fee_amount",):
            return marks[hash((rid, c)) % len(marks)]
        if tid == "proactive" and rid == "regulations" and c == "issued":
            return f"{v}（其中修订 {max(0, int(v) // 2)} 件）"
        return str(v)

    def label(text):
        text = text.replace("第二十条第", "第二十条 第")
        for n in "12345678":
            text = text.replace(f"{n}.", f"{n}、")
        return text.replace("（二）部分公开", "（二）部分\n公开")
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-label-variants-2021.html", cms_page(r, t, t, html_tables(r, noisy, label)), r.expected())

    # 10–11. A 2021 report printing （六）其他处理 as one row, the 2019 way.
    for seed, zero in ((111, True), (112, False)):
        r = Report(seed, "2021", "某某县卫生健康委员会", 2021)
        six = ["other_no_correction", "other_unpaid_fees", "other_other"]
        a = r.values["applications"]
        if zero:
            for rid in six:
                a[rid] = {c: 0 for c in APPLICANT}
        else:
            a["other_other"] = {c: 0 for c in APPLICANT}
            a["other_no_correction"]["natural_person"] += 1
            a["other_no_correction"]["total"] += 1
        res = [k for k in a if k not in ("received", "carried_over", "results_total", "carried_forward")]
        for c in APPLICANT:
            a["results_total"][c] = sum(a[k][c] for k in res)
            a["received"][c] = a["results_total"][c] + a["carried_forward"][c] - a["carried_over"][c]
        rows = grid_rows(r, "applications")
        merged = []
        for row in rows:
            if row and row[0][0] == "（六）其他处理":
                vals = [(str(sum(a[k][c] for k in six)), 1, 1, True) for c in APPLICANT]
                merged.append([("（六）其他处理", 2, 1, False)] + vals)
            elif any(row and row[0][0] == r.edition and False for _ in [0]):
                pass
            elif len(row) == 8 and row[0][0] in ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"):
                continue
            else:
                merged.append([(x[0], x[1], 22 - 2 if x[0] == "三、本年度办理结果" else x[2], x[3]) for x in row])
        tabs = html_tables(r)
        tabs["applications"] = [html_table(merged)]
        t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
        name = "cms-2021-six-one-row-zero.html" if zero else "cms-2021-six-one-row.html"
        save(name, cms_page(r, t, t, tabs), r.expected() if zero else r.expected(2, [f"applications.{k}" for k in six]))

    # 12. Six narrative parts first; the tables after the signature under the agency's own numbering.
    r = Report(113, "2019", "某某市司法局", 2020)
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    P = lambda s: f"<p>{s}</p>"
    body = [P(t), P("一、总体情况")] + [P(x) for x in r.overview]
    body += [P("二、主动公开政府信息情况"), P("全年主动公开各类信息，详见附表1。"), P("三、收到和处理政府信息公开申请情况"), P("详见附表2。"),
             P("四、政府信息公开行政复议、行政诉讼情况"), P("详见附表3。"), P("五、存在的主要问题及改进情况")] + [P(x) for x in r.problems]
    body += [P("六、其他需要报告的事项")] + [P(x) for x in r.other] + [P(r.agency), P(r.date), P("附表1：主动公开政府信息情况"),
             html_table(grid_rows(r, "proactive")), P("附表2：收到和处理政府信息公开申请情况"), html_table(grid_rows(r, "applications")),
             P("附表3：政府信息公开行政复议、行政诉讼情况"), html_table(grid_rows(r, "appeals"))]
    save("narrative-first-tables-after-2020.html", "<html><head><meta charset='utf-8'></head><body>" + "\n".join(body) + "</body></html>", r.expected())

    # 13. A total column left blank: computed, not zero.
    r = Report(114, "2021", "某某区民政局", 2021)

    def blank_total(tid, rid, c, v):
        return "" if tid == "applications" and c == "total" and rid.startswith("denied") else str(v)
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-blank-totals-2021.html", cms_page(r, t, t, html_tables(r, blank_total)), r.expected())

    # 14. A row left out of the page, and 15. a row cut short: exit 2 naming exactly those.
    r = Report(115, "2021", "某某县水利局", 2022)
    rows = [row for row in grid_rows(r, "applications") if not (row and row[0][0] == "8.属于行政查询事项")]
    rows = [[(x[0], x[1], 7 if x[0] == "（三）不予公开" else 21 if x[0] == "三、本年度办理结果" else x[2], x[3]) for x in row] for row in rows]
    tabs = html_tables(r)
    tabs["applications"] = [html_table(rows)]
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-row-missing-2022.html", cms_page(r, t, t, tabs), r.expected(2, ["applications.denied_query_matters"]))

    r = Report(116, "2019", "某某市审计局", 2019)
    rows = grid_rows(r, "applications")
    rows = [row[:3] if row and row[0][0] == "二、上年结转政府信息公开申请数量" else row for row in rows]
    tabs = html_tables(r)
    tabs["applications"] = [html_table(rows)]
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-row-cut-short-2019.html", cms_page(r, t, t, tabs), r.expected(2, ["applications.carried_over"]))

    # 16. No agency anywhere: exit 2, agency to be filled in.
    r = Report(117, "2021", "", 2021)
    page = cms_page(r, f"{r.year}年政府信息公开工作年度报告", "政府信息公开", html_tables(r), signature=False)
    exp = r.expected(2, [])
    exp["agency"] = ""
    exp["missing"] = ["agency"]
    save("cms-no-agency-2021.html", page, exp)

    # 17–19. Word-made and WPS-made DOCX.
    def word_body(rep, tables, title=True, runs=1, sdt_paragraphs=False):
        p = (lambda s: f"<w:sdt><w:sdtPr/><w:sdtContent>{w_p(s, runs)}</w:sdtContent></w:sdt>") if sdt_paragraphs else (lambda s: w_p(s, runs))
        parts = [p("附件2")] if title else []
        if title:
            parts.append(p(f"{rep.agency}{rep.year}年政府信息公开工作年度报告"))
        parts += [p(PART_TITLES[0])] + [p(x) for x in rep.overview]
        for k, tid in ((1, "proactive"), (2, "applications"), (3, "appeals")):
            parts += [p(PART_TITLES[k]), tables[tid]]
        parts += [p(PART_TITLES[4])] + [p(x) for x in rep.problems] + [p(PART_TITLES[5])] + [p(x) for x in rep.other]
        parts += [p(rep.agency), p(rep.date)]
        return parts

    r = Report(118, "2019", "某某市发展和改革委员会", 2019)
    tabs = {tid: w_tbl(grid_rows(r, tid), hmerge=True, grid_before=1, grid_after=1, sdt_rows=True, sdt_cells=(tid == "appeals"))
            for tid in ("proactive", "applications", "appeals")}
    save("word-gridbefore-hmerge-sdt-2019.docx", docx_bytes(word_document(word_body(r, tabs, runs=3))), r.expected())

    r = Report(119, "2021", "某某县农业农村局", 2022)
    tabs = {tid: w_tbl(grid_rows(r, tid, zero_blank(""))) for tid in ("proactive", "applications", "appeals")}
    inner = word_body(r, tabs)
    layout = f'<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr/>{"".join(inner)}<w:p/></w:tc></w:tr></w:tbl>'
    save("word-layout-table-2022.docx", docx_bytes(word_document([layout])), r.expected())

    r = Report(120, "2021", "某某区退役军人事务局", 2025)
    tabs = {tid: w_tbl(grid_rows(r, tid, zero_blank(""), label), runs=4) for tid in ("proactive", "applications", "appeals")}
    save("wps-runs-sdt-2025.docx", docx_bytes(word_document(word_body(r, tabs, runs=5, sdt_paragraphs=True))), r.expected())

    # 20–23. Our own DOCX printed through LibreOffice as .doc, .rtf, .wps (an OLE .doc by
    # another name, as WPS saves) and PDF.
    r = Report(121, "2021", "某某市统计局", 2021)
    d = render_docx(r, work / "a")
    save("libreoffice-2021.doc", soffice(d, "doc", work / "a").read_bytes(), r.expected())
    r = Report(122, "2019", "某某县林业局", 2020)
    d = render_docx(r, work / "b")
    save("libreoffice-2020.rtf", soffice(d, "rtf", work / "b").read_bytes(), r.expected())
    r = Report(123, "2021", "某某区文化和旅游局", 2022)
    d = render_docx(r, work / "c")
    save("wps-legacy-2022.wps", soffice(d, "doc", work / "c").read_bytes(), r.expected())
    r = Report(124, "2021", "某某市应急管理局", 2021, zero_share=0.3)
    d = render_docx(r, work / "d")
    save("printed-2021.pdf", soffice(d, "pdf", work / "d").read_bytes(), r.expected())

    # 24–25. Markdown renderings: pipe tables, ## headings, page footers.
    for seed, ed, agency, year, blank in ((125, "2021", "某某市人力资源和社会保障局", 2024, ""), (126, "2019", "某某县公安局", 2019, "/")):
        r = Report(seed, ed, agency, year)
        ct = zero_blank(blank)
        lines = [f"# {r.agency}{r.year}年政府信息公开工作年度报告", "", f"## {PART_TITLES[0]}", ""] + sum(([x, ""] for x in r.overview), [])
        for k, tid in ((1, "proactive"), (2, "applications"), (3, "appeals")):
            lines += [f"## {PART_TITLES[k]}", "", md_table(exploded_rows(grid_rows(r, tid, ct))), "", "— %d —" % (k + 1), ""]
        lines += [f"## {PART_TITLES[4]}", ""] + sum(([x, ""] for x in r.problems), []) + [f"## {PART_TITLES[5]}", ""] + r.other
        lines += ["", r.agency, "", r.date, "", "— 7 —", ""]
        save(f"markdown-{year}.md", "\n".join(lines), r.expected())

    # 26–27. Word's save-as-text with a PDF's form feeds; the same as GB18030.
    for seed, ed, agency, year, enc in ((127, "2019", "某某市商务局", 2020, "utf-8"), (128, "2021", "某某县医疗保障局", 2021, "gb18030")):
        r = Report(seed, ed, agency, year)
        lines = ["附件2", f"{r.year}年{r.agency}政府信息公开工作年度报告", PART_TITLES[0]] + r.overview
        for k, tid in ((1, "proactive"), (2, "applications"), (3, "appeals")):
            lines += [PART_TITLES[k], text_dump_table(flat_rows(r, tid)), "\f"]
        lines += [PART_TITLES[4]] + r.problems + [PART_TITLES[5]] + r.other + ["", r.agency, r.date]
        save(f"textdump-formfeed-{enc}-{year}.txt", "\n".join(lines).encode(enc), r.expected())

    # 28–29. Crawler dumps without a single line break: numbers apart by spaces, and run together.
    for seed, spaced in ((129, True), (130, False)):
        r = Report(seed, "2021", "某某市城市管理局", 2021 if spaced else 2022, zero_share=0.7)
        text = f"首页 > 政务公开 > 年度报告 {r.agency}{r.year}年政府信息公开工作年度报告 发布时间：2022-01-20 " + PART_TITLES[0] + "".join(r.overview)
        missing = []
        for k, tid in ((1, "proactive"), (2, "applications"), (3, "appeals")):
            text += PART_TITLES[k]
            for row in flat_rows(r, tid):
                nums = [x for x in row if x and (x[0].isdigit() or x[0] == "-")]
                labels = [x for x in row if x and x not in nums]
                text += "".join(labels) + (" " + " ".join(nums) + " " if spaced else "".join(nums))
        if not spaced:
            for tid in ("proactive", "applications", "appeals"):
                for rid, row in r.values[tid].items():
                    cols = list(row.values())
                    digits = "".join(str(v) for v in cols)
                    if len(cols) > 1 and splits(digits, len(cols)) != 1:
                        missing.append(f"{tid}.{rid}")
        text += PART_TITLES[4] + "".join(r.problems) + PART_TITLES[5] + "".join(r.other) + r.agency + r.date + " 【打印本页】【关闭窗口】"
        exp = r.expected(2 if missing else 0, missing)
        # Without line breaks, paragraphs split only at （一）（二）: one paragraph each.
        exp["narratives"]["problems"] = ["".join(r.problems[i:i + 2]) for i in range(0, len(r.problems), 2)]
        save(f"runon-{'spaced' if spaced else 'joined'}-{r.year}.txt", text, exp)

    # 31. 表三 with 总计 printed first, and a note after the numbers of one 表二 row.
    r = Report(131, "2021", "某某市退役军人事务局", 2022)
    rows = grid_rows(r, "applications")
    head = [[("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3, False), ("申请人情况", 7, 1, False)],
            [("总计", 1, 2, False), ("自然人", 1, 2, False), ("法人或其他组织", 5, 1, False)],
            [(x, 1, 1, False) for x in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")]]
    body = [row[:-7] + [row[-1]] + row[-7:-1] for row in rows[3:]]
    tabs = html_tables(r)
    tabs["applications"] = [html_table(head + body)]
    prows = grid_rows(r, "proactive")
    prows = [row + [("其中修订2件", 1, 1, False)] if row and row[0][0] == "规章" else row for row in prows]
    tabs["proactive"] = [html_table(prows)]
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-total-first-and-note-2022.html", cms_page(r, t, t, tabs), r.expected())

    # 32. A 2019 report printed to PDF (negative 本年增/减, an amount in 万).
    r = Report(132, "2019", "某某县自然资源局", 2020, zero_share=0.4)
    r.values["proactive"]["licensing"]["change"] = -8
    d = render_docx(r, work / "e")
    save("printed-2020.pdf", soffice(d, "pdf", work / "e").read_bytes(), r.expected())

    # 33. A CMS page printed to PDF by a browser-like converter (LibreOffice's HTML import).
    r = Report(133, "2021", "某某市数据局", 2023)
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    (work / "f").mkdir(parents=True, exist_ok=True)
    page = work / "f" / "page.html"
    page.write_text(cms_page(r, t, t, html_tables(r, pad=False), front_noise=False, footer=False))
    save("cms-printed-2023.pdf", soffice(page, "pdf:writer_web_pdf_Export", work / "f").read_bytes(), r.expected())

    # 34. Word: 表四 nested in a cell of a captioned two-cell table.
    r = Report(134, "2021", "某某区科学技术局", 2021)
    tabs = {tid: w_tbl(grid_rows(r, tid)) for tid in ("proactive", "applications", "appeals")}
    tabs["appeals"] = ('<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="1500"/><w:gridCol w:w="7500"/></w:tblGrid><w:tr>'
                       f'<w:tc>{w_p("表四")}</w:tc><w:tc>{tabs["appeals"]}<w:p/></w:tc></w:tr></w:tbl>')
    save("word-nested-table-2021.docx", docx_bytes(word_document(word_body(r, tabs))), r.expected())

    # 35. An old CMS page: the whole article inside a layout table, the report's tables nested in it.
    r = Report(135, "2019", "某某县人力资源和社会保障局", 2019)
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    page = cms_page(r, t, t, html_tables(r, zero_blank("")))
    page = page.replace('<div class="article-content" id="zoom">', '<table width="100%" border="0"><tr><td class="bt_content" align="left"><div id="zoom">')
    page = page.replace('<div class="share">', '</td></tr></table><div class="share">', 1)
    save("cms-layout-table-2019.html", page, r.expected())

    # 36. No year in any title: the statistics-period sentence gives it; the agency signs.
    r = Report(136, "2019", "某某区城市管理局", 2020)
    r.overview.insert(0, "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。")
    save("cms-year-from-statistics-2020.html", cms_page(r, "政府信息公开工作年度报告", "年度报告_某某区人民政府", html_tables(r)), r.expected())

    # 37. A template that declares gb2312 around UTF-8 content (mislabelled, as many sites are).
    r = Report(137, "2021", "某某县审计局", 2024)
    t = f"{r.agency}{r.year}年政府信息公开工作年度报告"
    save("cms-mislabelled-utf8-2024.html", cms_page(r, t, t, html_tables(r), charset="gb2312"), r.expected())

    shutil.rmtree(work, ignore_errors=True)
    print(f"{len(cases)} cases in {OUT.relative_to(ROOT)}")


def splits(digits, n):
    """How many ways `digits` cut into n whole numbers without leading zeros (capped at 2)."""
    from functools import lru_cache

    @lru_cache(None)
    def ways(i, k):
        if k == 0:
            return 1 if i == len(digits) else 0
        total = 0
        longest = 1 if digits[i:i + 1] == "0" else min(9, len(digits) - i)
        for length in range(1, longest + 1):
            if i + length <= len(digits):
                total += ways(i + length, k - 1)
        return min(total, 2)
    return ways(0, n) if len(digits) >= n else 0


if __name__ == "__main__":
    main()
