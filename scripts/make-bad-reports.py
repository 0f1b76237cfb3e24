#!/usr/bin/env python3
"""Writes Tests/Corpus/bad-reports/: report files each broken in one way, derived from the
example, and expectations.tsv (file, exit code, what standard error must say).

Run again after changing the example: python3 scripts/make-bad-reports.py"""
import json
import os
import re

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "Corpus", "bad-reports")
base = open(os.path.join(ROOT, "examples", "fengcheng-2020.yaml"), encoding="utf-8").read()
files = {}
APPLICANT = ["natural_person", "commercial_enterprise", "research_institution", "public_interest_org",
             "legal_service_org", "other_org", "total"]
APPEALS = ["review_upheld", "review_corrected", "review_other", "review_pending", "review_total",
           "direct_suit_upheld", "direct_suit_corrected", "direct_suit_other", "direct_suit_pending", "direct_suit_total",
           "suit_after_review_upheld", "suit_after_review_corrected", "suit_after_review_other",
           "suit_after_review_pending", "suit_after_review_total"]


def sub(old, new, text=None):
    text = base if text is None else text
    assert old in text, old
    return text.replace(old, new, 1)


def line_of(text, needle):
    for i, line in enumerate(text.split("\n")):
        if needle in line:
            return i + 1
    raise KeyError(needle)


def setrow(text, rid, values, cols=APPLICANT):
    old = re.search(r"^  %s:.*$" % rid, text, re.M).group(0)
    comment = old[old.index("#"):] if "#" in old else ""
    new = "  %s: {%s}  %s" % (rid, ", ".join(f"{c}: {v}" for c, v in zip(cols, values)), comment)
    return text.replace(old, new)


def add(name, text, expect, code=1):
    files[name] = (text.encode("utf-8") if isinstance(text, str) else text, code, expect)


# 勾稽关系
t = setrow(setrow(setrow(base, "received", [1, 2, 0, 0, 0, 0, 4]), "granted", [1, 2, 0, 0, 0, 0, 3]), "results_total", [1, 2, 0, 0, 0, 0, 3])
add("rule-applicant-total.yaml", t, f"FILE:{line_of(t, '  received:')}:*表三「一、本年新收政府信息公开申请数量」×「总计」应为 3（各类申请人之和），填写的是 4")
t = setrow(setrow(setrow(base, "received", [2, 0, 0, 0, 0, 0, 2]), "granted", [2, 0, 0, 0, 0, 0, 2]), "results_total", [3, 0, 0, 0, 0, 0, 3])
add("rule-results-total.yaml", t, f"FILE:{line_of(t, '  results_total:')}:*表三「（七）总计」×「自然人」应为 2（（一）至（六）各项之和），填写的是 3")
t = setrow(setrow(setrow(base, "received", [2, 0, 0, 0, 0, 0, 2]), "granted", [1, 0, 0, 0, 0, 0, 1]), "results_total", [1, 0, 0, 0, 0, 0, 1])
add("rule-balance.yaml", t, f"FILE:{line_of(t, '  results_total:')}:*表三「自然人」列：「一」加「二」之和为 2，「（七）总计」加「四」之和为 1，两者应相等（第一项加第二项之和，等于第三项加第四项之和）")
t = setrow(base, "cases", [1, 1, 0, 0, 3] + [0] * 10, APPEALS)
add("rule-review-total.yaml", t, f"FILE:{line_of(t, '  cases:')}:*表四「案件数量」×「行政复议 总计」应为 2（行政复议各项结果之和），填写的是 3")
t = setrow(base, "cases", [0] * 5 + [1, 0, 0, 0, 0] + [0] * 5, APPEALS)
add("rule-direct-suit-total.yaml", t, "表四「案件数量」×「未经复议直接起诉 总计」应为 1（未经复议直接起诉各项结果之和），填写的是 0")
t = setrow(base, "cases", [0] * 10 + [0, 0, 0, 2, 1], APPEALS)
add("rule-after-review-total.yaml", t, "表四「案件数量」×「复议后起诉 总计」应为 2（复议后起诉各项结果之和），填写的是 1")

# Values of the wrong kind
t = setrow(base, "granted", [-1, 0, 0, 0, 0, 0, -1])
add("negative-count.yaml", t, f"FILE:{line_of(t, '  granted:')}:*表三「（一）予以公开」×「自然人」：“-1”是负数，这里应为不小于 0 的整数")
add("fraction-count.yaml", sub("previous_items: 176,", "previous_items: 176.5,"), "表二「行政许可」×「上一年项目数量」：“176.5”带小数，这里应为整数")
add("fraction-signed.yaml", sub("change: 36,", "change: 3.6,"), "表二「行政许可」×「本年增/减」：“3.6”带小数，这里应为整数")
add("too-large.yaml", sub("decisions: 35422", "decisions: 35422000000"), "表二「行政许可」×「处理决定数量」：“35422000000”过大")
add("signed-count.yaml", sub("previous_items: 176,", "previous_items: +176,"), "表二「行政许可」×「上一年项目数量」：“+176”带正负号，这里应为不带符号的整数")
add("quoted-number.yaml", sub("decisions: 35422", "decisions: \"35422\""), "表二「行政许可」×「处理决定数量」：“35422”加了引号，是文字而不是数字")
add("not-a-number.yaml", sub("decisions: 35422", "decisions: 三万五千"), "表二「行政许可」×「处理决定数量」：“三万五千”不是整数")
add("bad-amount.yaml", sub("amount: \"3775.461335万\"", "amount: \"约3,775万\""), "表二「政府集中采购」×「采购总金额」：“约3,775万”不是金额")
granted = re.search(r"^  granted:.*$", base, re.M).group(0)
add("row-not-a-mapping.yaml", base.replace(granted, "  granted: 零"), "表三「（一）予以公开」应列出各列的数")
add("row-list-too-short.yaml", base.replace(granted, "  granted: [0, 0, 0, 0, 0, 0]"), "表三「（一）予以公开」应有 7 个数，填写了 6 个")

# Keys
add("unknown-key.yaml", sub("overview:", "overveiw:"), "不认识的键“overveiw”，是不是“overview”？")
add("unknown-row.yaml", sub("  received:", "  recieved:"), "表三没有行“recieved”，是不是“received”（一、本年新收政府信息公开申请数量）？")
add("unknown-column.yaml", sub("{natural_person: 0", "{natural_persons: 0"), "没有列“natural_persons”，是不是“natural_person”（自然人）？")
add("missing-agency.yaml", sub("agency: 丰城市行政审批局\n", ""), "FILE: 错误：缺少必填项“agency”（填报单位名称）")
add("missing-year.yaml", sub("year: 2020\n", ""), "FILE: 错误：缺少必填项“year”（报告年度）")
add("bad-year.yaml", sub("year: 2020", "year: 二〇二〇"), "“year”应是四位数的年份，填写的是“二〇二〇”")
add("unknown-edition.yaml", sub("year: 2020\n", "year: 2020\nedition: \"2018\"\n"), "没有“2018”版的报告格式*可用的版本：2019、2021、2021-other-documents")
add("missing-narrative.yaml", base[:base.index("\nproblems:") + 1] + base[base.index("\nother:") + 1:], "缺少「五、存在的主要问题及改进情况」的内容（键 problems）")
add("empty-narrative.yaml", base[:base.index("\nother:") + 1] + "other: \"\"\n", "「六、其他需要报告的事项」（other）没有内容")
add("missing-value.yaml", base.replace(granted, "  granted: {natural_person: 0, research_institution: 0, public_interest_org: 0, legal_service_org: 0, other_org: 0, total: 0}"),
    "表三「（一）予以公开」缺少：商业企业")
add("missing-table.yaml", base[:base.index("\nappeals:") + 1] + base[base.index("\nproblems:") + 1:], "缺少表四（四、政府信息公开行政复议、行政诉讼情况，键 appeals）")

# Not a report at all
add("bad-yaml.yaml", sub("proactive:", "proactive:\n   broken: [1, 2\n"), "FILE:*YAML 格式有误")
as_json = json.dumps(yaml.safe_load(base), ensure_ascii=False, indent=2)
add("bad-json.json", as_json.replace('"year": 2020,', '"year": 2020', 1), "FILE:*JSON 格式有误")
add("duplicate-key.yaml", sub("year: 2020", "year: 2020\nyear: 2021"), "键重复出现：year")
add("not-a-mapping.yaml", "- agency: 某局\n- year: 2020\n", "报告文件的最外层应是“键: 值”的列表")
add("empty.yaml", "", "FILE: 错误：文件是空的")
add("only-comments.yaml", "# 只有注释\n\n", "文件里没有内容")
add("binary.yaml", bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xFE, 0x00]), "不是 UTF-8 编码的文本")
add("utf16.yaml", b"\xff\xfe" + base.encode("utf-16-le"), "文件是 UTF-16 编码，报告文件须为 UTF-8")
add("gbk.yaml", base.replace("“", "\"").replace("”", "\"").encode("gbk"), "不是 UTF-8 编码的文本")
t = sub("全力畅通监督沟通渠道。", "全力畅通\x07监督沟通渠道。")
add("control-character.yaml", t, f"FILE:{line_of(t, '全力畅通')}:7: 错误：含有不可打印的控制字符 U+0007")
add("escaped-control-character.yaml", sub("agency: 丰城市行政审批局", "agency: \"丰城市\\x1B行政审批局\""), "“agency”含有不可打印的控制字符 U+001B")

os.makedirs(OUT, exist_ok=True)
for old in os.listdir(OUT):
    os.remove(os.path.join(OUT, old))
with open(os.path.join(OUT, "expectations.tsv"), "w", encoding="utf-8") as f:
    f.write("# file\texit code\texpected on standard error, parts separated by * in order; FILE stands for the file's path\n")
    for name, (data, code, expect) in sorted(files.items()):
        with open(os.path.join(OUT, name), "wb") as g:
            g.write(data)
        f.write(f"{name}\t{code}\t{expect}\n")
print(f"{len(files)} bad report files in {OUT}")
