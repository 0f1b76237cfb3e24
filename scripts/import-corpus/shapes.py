"""The shapes a published report takes: CMS HTML, Word/WPS DOCX XML, Markdown, text dumps."""
import html as H
from model import table, FORMATS

PART_TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
               "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def grid_rows(report, tid, cell_text=None, label_text=None):
    """The table as rows of (text, colspan, rowspan, is_value) cells, spans as the form has them.
    cell_text(tid, rid, col, value) → printed text of a value; label_text(text) → printed label."""
    out = []
    for row in table(report.edition, tid)["rows"]:
        cells = []
        spec = list(row.get("cells") or []) + [{"value": v} for v in (row.get("values") or [])]
        for c in spec:
            cs, rs = c.get("colspan", 1), c.get("rowspan", 1)
            if "value" in c:
                v = report.values[tid][row["id"]][c["value"]]
                t = cell_text(tid, row["id"], c["value"], v) if cell_text else str(v)
                cells.append((t, cs, rs, True))
            else:
                t = c.get("text", "")
                cells.append((label_text(t) if (label_text and t) else t, cs, rs, False))
        out.append(cells)
    return out


def flat_rows(report, tid, cell_text=None):
    """One list of strings per row: what a flattened rendering (Markdown, a text dump) keeps."""
    rows = []
    for row in table(report.edition, tid)["rows"]:
        spec = list(row.get("cells") or []) + [{"value": v} for v in (row.get("values") or [])]
        line = []
        for c in spec:
            if "value" in c:
                v = report.values[tid][row["id"]][c["value"]]
                line.append(cell_text(tid, row["id"], c["value"], v) if cell_text else str(v))
            else:
                line.append(c.get("text", ""))
        rows.append(line)
    return rows


def html_table(rows, style=True, pad=False):
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse;width:450.0pt">', "<tbody>"]
    for r in rows:
        out.append('<tr style="height:20.0pt">')
        for text, cs, rs, is_value in r:
            attrs = ""
            if cs > 1:
                attrs += f' colspan="{cs}"'
            if rs > 1:
                attrs += f' rowspan="{rs}"'
            inner = H.escape(text) if text else "&nbsp;"
            if pad:
                # Word-to-HTML CMS output: each line its own <p>, runs in nested spans.
                parts = inner.split("\n")
                inner = "".join(f'<p align="center" style="text-align:center;line-height:15.0pt"><span style="font-size:10.5pt;font-family:宋体"><span lang="EN-US">{p}</span></span></p>' for p in parts)
            out.append(f'<td width="{40 if is_value else 120}" valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"{attrs}>{inner}</td>')
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def cms_page(report, body_title, title_tag, tables, narrative_heading=None, charset="utf-8",
             meta_title=None, front_noise=True, footer=True, headings=None, signature=True, extra_head=""):
    """A whole CMS page around the report: navigation, breadcrumb, tabs, a browser notice,
    发布日期/来源/字号, the report, the signature, then the page footer."""
    h = headings or PART_TITLES
    P = lambda t: f'<p style="text-indent:2em;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">&nbsp;&nbsp;{H.escape(t)}</span></p>'
    out = [f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
           "<html><head>", f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
           f"<title>{H.escape(title_tag)}</title>"]
    if meta_title:
        out.append(f'<meta name="ArticleTitle" content="{H.escape(meta_title)}">')
    out += ['<meta name="SiteName" content="政府门户网站">', extra_head, "<style>.nav li{float:left}</style>",
            "<script>var _hmt=_hmt||[];document.write('<p>统计</p>');</script>", "</head><body>"]
    if front_noise:
        out += ['<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>',
                '<nav><ul class="nav"><li>首页</li><li>信息公开</li><li>办事服务</li></ul></nav>',
                f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政府信息公开</a> &gt; {H.escape(title_tag.split("_")[0].split(" - ")[0])}</div>',
                '<div class="tabs"><span class="on">全真版</span><span>文字版</span></div>',
                '<div class="notice">为确保最佳浏览效果，建议您使用IE10以上版本或谷歌、火狐浏览器浏览本网站</div>']
    if body_title:
        out.append(f'<div class="article-title"><h1 style="text-align:center"><span style="font-size:22pt">{H.escape(body_title)}</span></h1></div>')
    if front_noise:
        out.append('<div class="info"><span>发布日期：2021-01-25</span>&nbsp;&nbsp;<span>来源：办公室</span>&nbsp;&nbsp;<span>字号：[ 大 中 小 ]</span></div>')
    out.append('<div class="article-content" id="zoom">')
    out += [P(t) for t in report.overview_intro] if hasattr(report, "overview_intro") else []
    out.append(f'<p><strong><span style="font-family:黑体">{H.escape(h[0])}</span></strong></p>')
    out += [P(t) for t in report.overview]
    for k, tid in ((1, "proactive"), (2, "applications"), (3, "appeals")):
        out.append(f'<p><strong><span style="font-family:黑体">{H.escape(h[k])}</span></strong></p>')
        for piece in tables[tid]:
            out.append(piece)
    out.append(f'<p><strong><span style="font-family:黑体">{H.escape(h[4])}</span></strong></p>')
    out += [P(t) for t in report.problems]
    out.append(f'<p><strong><span style="font-family:黑体">{H.escape(h[5])}</span></strong></p>')
    out += [P(t) for t in report.other]
    if signature:
        out.append(f'<p style="text-align:right">{H.escape(report.agency)}</p>')
        out.append(f'<p style="text-align:right">{H.escape(report.date)}</p>')
    out.append("</div>")
    if footer:
        out += ['<div class="share">分享到：<a>微信</a><a>微博</a></div>', '<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>',
                '<footer><p>主办：某某市人民政府办公室　　网站标识码：3600000001</p><p>赣ICP备05004000号</p></footer>']
    out.append("</body></html>")
    return "\n".join(out)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def w_p(text, runs=1):
    if not text:
        return "<w:p/>"
    n = max(1, min(runs, len(text)))
    step = (len(text) + n - 1) // n
    rs = "".join(f'<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve">{H.escape(text[i:i + step])}</w:t></w:r>' for i in range(0, len(text), step))
    return f"<w:p>{rs}</w:p>"


def docx_bytes(document_xml):
    import io, zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def place(rows):
    """Anchors on the grid: {(r, c): (text, cs, rs, is_value)} and the width."""
    taken, anchors, width = set(), {}, 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            text, cs, rs, v = cell
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            anchors[(r, c)] = cell
            c += cs
            width = max(width, c)
    return anchors, width


def w_tbl(rows, hmerge=False, grid_before=0, grid_after=0, sdt_rows=False, sdt_cells=False, runs=1):
    anchors, width = place(rows)
    covered = {}
    for (r, c), (t, cs, rs, v) in anchors.items():
        for dr in range(1, rs):
            covered[(r + dr, c)] = cs
    total = width + grid_before + grid_after
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>' + "".join('<w:gridCol w:w="700"/>' for _ in range(total)) + "</w:tblGrid>"]
    for r in range(len(rows)):
        trpr = ""
        if grid_before or grid_after:
            trpr = "<w:trPr>" + (f'<w:gridBefore w:val="{grid_before}"/>' if grid_before else "") + (f'<w:gridAfter w:val="{grid_after}"/>' if grid_after else "") + "</w:trPr>"
        tcs = []
        c = 0
        while c < width:
            if (r, c) in covered:
                cs = covered[(r, c)]
                tcs.append(f'<w:tc><w:tcPr><w:gridSpan w:val="{cs}"/><w:vMerge/></w:tcPr><w:p/></w:tc>' if cs > 1 else "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>")
                c += cs
                continue
            if (r, c) not in anchors:
                c += 1
                continue
            t, cs, rs, v = anchors[(r, c)]
            vm = '<w:vMerge w:val="restart"/>' if rs > 1 else ""
            paras = "".join(w_p(line, runs) for line in (t.split("\n") if t else [""]))
            if hmerge and cs > 1:
                tcs.append(f'<w:tc><w:tcPr><w:hMerge w:val="restart"/>{vm}</w:tcPr>{paras}</w:tc>')
                tcs += ["<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>"] * (cs - 1)
            else:
                span = f'<w:gridSpan w:val="{cs}"/>' if cs > 1 else ""
                tcs.append(f"<w:tc><w:tcPr>{span}{vm}</w:tcPr>{paras}</w:tc>")
            c += cs
        if sdt_cells:
            tcs = [f"<w:sdt><w:sdtPr><w:alias w:val=\"cell\"/></w:sdtPr><w:sdtContent>{x}</w:sdtContent></w:sdt>" if "<w:t" in x else x for x in tcs]
        tr = f"<w:tr>{trpr}{''.join(tcs)}</w:tr>"
        if sdt_rows and r % 2 == 0:
            tr = f"<w:sdt><w:sdtPr/><w:sdtContent>{tr}</w:sdtContent></w:sdt>"
        out.append(tr)
    out.append("</w:tbl>")
    return "".join(out)


def word_document(body_parts):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body_parts)}<w:sectPr/></w:body></w:document>'


def md_table(rows):
    width = max(len(r) for r in rows)
    lines = []
    for i, r in enumerate(rows):
        cells = [(x or "").replace("\n", "<br>") for x in r] + [""] * (width - len(r))
        lines.append("| " + " | ".join(cells) + " |")
        if i == 0:
            lines.append("|" + "---|" * width)
    return "\n".join(lines)


def text_dump_table(rows):
    """Word's save-as-text: each cell a tab-indented line, rows apart by blank lines."""
    out = []
    for r in rows:
        for cell in r:
            parts = (cell or "").split("\n")
            out.append("\t" + parts[0])
            out += parts[1:]
        out.append("")
    return "\n".join(out)


def exploded_rows(rows):
    """One cell per grid column, merged slots empty: how HTML-to-Markdown converters flatten a
    merged table."""
    anchors, width = place(rows)
    return [[anchors[(r, c)][0] if (r, c) in anchors else "" for c in range(width)] for r in range(len(rows))]
