"""Reports for the import corpus: the format's rows and columns read from templates/formats,
numbers drawn from a seeded generator so every case differs, totals that add up."""
import random
import yaml
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMATS = {e: yaml.safe_load((ROOT / f"templates/formats/{e}.yaml").read_text()) for e in ("2019", "2021")}

APPLICANT = ["natural_person", "commercial_enterprise", "research_institution", "public_interest_org",
             "legal_service_org", "other_org", "total"]


def table(edition, tid):
    return next(t for t in FORMATS[edition]["tables"] if t["id"] == tid)


def value_rows(edition, tid):
    """(row id, label, [column ids]) of every value row."""
    out = []
    for row in table(edition, tid)["rows"]:
        if "id" not in row:
            continue
        cells = row.get("cells") or []
        cols = [c["value"] for c in cells if "value" in c] + list(row.get("values") or [])
        texts = [c["text"] for c in cells if "text" in c]
        out.append((row["id"], texts[-1] if texts else "", cols, texts))
    return out


class Report:
    def __init__(self, seed, edition, agency, year, zero_share=0.5):
        rnd = random.Random(seed)
        self.edition, self.agency, self.year = edition, agency, year
        self.values = {}
        # 表二
        p = {}
        for rid, label, cols, _ in value_rows(edition, "proactive"):
            row = {}
            for c in cols:
                kind = table(edition, "proactive").get("kinds", {}).get(c, "count")
                if kind == "amount":
                    row[c] = rnd.choice(["0", f"{rnd.randint(1, 9999)}.{rnd.randint(1, 99):02d}", f"{rnd.randint(10, 5000)}.{rnd.randint(1, 999999)}万"])
                elif kind == "signed":
                    row[c] = rnd.randint(-30, 40)
                else:
                    row[c] = 0 if rnd.random() < zero_share * 0.5 else rnd.randint(1, 3000)
            p[rid] = row
        self.values["proactive"] = p
        # 表三: each result row by applicant type, then totals that satisfy every rule.
        a = {}
        rows = value_rows(edition, "applications")
        results = [r[0] for r in rows if r[0] not in ("received", "carried_over", "results_total", "carried_forward")]
        for rid in results:
            a[rid] = {c: (0 if rnd.random() < zero_share else rnd.randint(1, 40)) for c in APPLICANT[:-1]}
        a["results_total"] = {c: sum(a[r][c] for r in results) for c in APPLICANT[:-1]}
        a["carried_forward"] = {c: rnd.randint(0, 6) for c in APPLICANT[:-1]}
        a["carried_over"] = {c: min(rnd.randint(0, 5), a["results_total"][c] + a["carried_forward"][c]) for c in APPLICANT[:-1]}
        a["received"] = {c: a["results_total"][c] + a["carried_forward"][c] - a["carried_over"][c] for c in APPLICANT[:-1]}
        for rid in a:
            a[rid]["total"] = sum(a[rid][c] for c in APPLICANT[:-1])
        self.values["applications"] = a
        # 表四
        r = {}
        for group in ("review", "direct_suit", "suit_after_review"):
            parts = [0 if rnd.random() < zero_share else rnd.randint(1, 9) for _ in range(4)]
            for name, v in zip(("upheld", "corrected", "other", "pending"), parts):
                r[f"{group}_{name}"] = v
            r[f"{group}_total"] = sum(parts)
        self.values["appeals"] = {"cases": r}
        self.overview = [
            f"{year}年，{agency}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。",
            "（一）主动公开",
            f"全年主动公开政府信息{rnd.randint(100, 2000)}条，其中通过政府网站公开{rnd.randint(50, 900)}条。",
            "（二）依申请公开",
            f"全年收到政府信息公开申请{a['received']['total']}件，均按期答复。",
            "（三）政府信息管理",
            "严格落实信息发布审核制度，做到先审后发。",
            "（四）平台建设",
            "持续优化政府网站信息公开专栏。",
            "（五）监督保障",
            "将政务公开工作纳入年度绩效考核。",
        ]
        self.problems = ["（一）存在的主要问题", "信息公开的及时性有待提高。", "（二）改进情况", "进一步完善信息发布机制，提高公开质量。"]
        self.other = ["无"]
        self.date = f"{year + 1}年1月{rnd.randint(10, 28)}日"
        self.title = None

    def rows(self, tid):
        return value_rows(self.edition, tid)

    def value(self, tid, rid, col):
        return self.values[tid][rid][col]

    def yaml(self):
        doc = {"agency": self.agency, "year": self.year, "edition": self.edition, "date": self.date,
               "overview": "\n".join(self.overview), "problems": "\n".join(self.problems), "other": "\n".join(self.other)}
        if self.title:
            doc["title"] = self.title
        for tid in ("proactive", "applications", "appeals"):
            doc[tid] = {rid: dict(row) for rid, row in self.values[tid].items()}
        return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)

    def expected(self, exit_code=0, missing=(), title=None, computed=()):
        vals = {t: {r: {c: str(v) for c, v in row.items()} for r, row in rows.items()} for t, rows in self.values.items()}
        for key in missing:
            t, r = key.split(".")[:2]
            cols = key.split(".")[2:]
            if cols:
                for c in cols:
                    vals[t][r].pop(c, None)
            else:
                vals[t].pop(r, None)
        return {"exit": exit_code, "agency": self.agency, "year": self.year, "edition": self.edition,
                "values": vals, "missing": sorted(missing), "narratives": {"overview": self.overview, "problems": self.problems, "other": self.other}}
