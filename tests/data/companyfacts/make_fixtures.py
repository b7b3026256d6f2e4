#!/usr/bin/env python3
"""Writes the company facts fixtures of this folder in EDGAR's companyfacts shape.

Fixtures, not downloads: see README.md for where each value comes from. Run it from this
folder after changing a value; the JSON files are what the tests read.
"""
import datetime
import json

D = datetime.date.fromisoformat


def frame(start, end):
    """EDGAR's calendar frame for a duration: the calendar year or quarter it best fits."""
    s, e = D(start), D(end)
    days = (e - s).days + 1
    mid = s + (e - s) / 2
    if days > 300:
        return "CY%d" % mid.year
    if days < 100:
        return "CY%dQ%d" % (mid.year, (mid.month - 1) // 3 + 1)
    return None  # EDGAR gives half-years and nine months no frame


class Company:
    def __init__(self, cik, name):
        self.cik, self.name = cik, name
        self.facts = {}  # (taxonomy, concept) -> unit -> list
        self.framed = set()

    def add(self, concept, unit, filing, start, end, millions=None, val=None, taxonomy="us-gaap"):
        value = int(round(millions * 1_000_000)) if millions is not None else val
        form, accn, filed, fy, fp = filing
        fact = {"start": start, "end": end, "val": value, "accn": accn, "fy": fy, "fp": fp,
                "form": form, "filed": filed}
        key = (taxonomy, concept, unit, start, end)
        f = frame(start, end)
        if f and key not in self.framed:  # EDGAR frames one fact per period
            fact["frame"] = f
            self.framed.add(key)
        self.facts.setdefault((taxonomy, concept), {}).setdefault(unit, []).append(fact)

    def write(self, path, shares_end, shares, filing):
        out = {"cik": self.cik, "entityName": self.name, "facts": {"dei": {
            "EntityCommonStockSharesOutstanding": {
                "label": "Entity Common Stock, Shares Outstanding",
                "description": "Indicate number of shares or other units outstanding of each of registrant's "
                               "classes of capital or common stock or other ownership interests, if and as "
                               "stated on cover of related periodic report.",
                "units": {"shares": [{"end": shares_end, "val": shares, "accn": filing[1], "fy": filing[3],
                                      "fp": filing[4], "form": filing[0], "filed": filing[2]}]}}}}}
        for (taxonomy, concept), units in self.facts.items():
            for facts in units.values():
                facts.sort(key=lambda f: (f["end"], f["filed"]))
            out["facts"].setdefault(taxonomy, {})[concept] = {
                "label": LABELS.get(concept, concept), "description": LABELS.get(concept, concept) + ".",
                "units": units}
        with open(path, "w") as f:
            json.dump(out, f, indent=1)
            f.write("\n")


LABELS = {
    "Revenues": "Revenues",
    "RevenueFromContractWithCustomerExcludingAssessedTax": "Revenue from Contract with Customer, Excluding Assessed Tax",
    "GrossProfit": "Gross Profit",
    "CostOfGoodsAndServicesSold": "Cost of Goods and Services Sold",
    "OperatingIncomeLoss": "Operating Income (Loss)",
    "NetIncomeLoss": "Net Income (Loss) Attributable to Parent",
    "EarningsPerShareDiluted": "Earnings Per Share, Diluted",
}


def nvidia():
    c = Company(1045810, "NVIDIA CORP")
    q1_24 = ("10-Q", "0001045810-23-000093", "2023-05-26", 2024, "Q1")
    q2_24 = ("10-Q", "0001045810-23-000175", "2023-08-28", 2024, "Q2")
    q3_24 = ("10-Q", "0001045810-23-000227", "2023-11-21", 2024, "Q3")
    k_24 = ("10-K", "0001045810-24-000029", "2024-02-21", 2024, "FY")
    q1_25 = ("10-Q", "0001045810-24-000124", "2024-05-29", 2025, "Q1")
    q2_25 = ("10-Q", "0001045810-24-000264", "2024-08-28", 2025, "Q2")
    q3_25 = ("10-Q", "0001045810-24-000316", "2024-11-20", 2025, "Q3")
    k_25 = ("10-K", "0001045810-25-000023", "2025-02-26", 2025, "FY")
    # (start, end) of each period.
    P = {
        "FY23Q1": ("2022-01-31", "2022-05-01"), "FY23Q2": ("2022-05-02", "2022-07-31"),
        "FY23Q3": ("2022-08-01", "2022-10-30"), "FY23H1": ("2022-01-31", "2022-07-31"),
        "FY23M9": ("2022-01-31", "2022-10-30"), "FY23": ("2022-01-31", "2023-01-29"),
        "FY22": ("2021-02-01", "2022-01-30"),
        "FY24Q1": ("2023-01-30", "2023-04-30"), "FY24Q2": ("2023-05-01", "2023-07-30"),
        "FY24Q3": ("2023-07-31", "2023-10-29"), "FY24H1": ("2023-01-30", "2023-07-30"),
        "FY24M9": ("2023-01-30", "2023-10-29"), "FY24": ("2023-01-30", "2024-01-28"),
        "FY25Q1": ("2024-01-29", "2024-04-28"), "FY25Q2": ("2024-04-29", "2024-07-28"),
        "FY25Q3": ("2024-07-29", "2024-10-27"), "FY25H1": ("2024-01-29", "2024-07-28"),
        "FY25M9": ("2024-01-29", "2024-10-27"), "FY25": ("2024-01-29", "2025-01-26"),
    }
    # US$ millions. Quarters are nvda_quarterly_facts.csv; the others are their sums or the
    # filings' years (see README.md).
    revenue = {"FY22": 26914, "FY23Q1": 8288, "FY23Q2": 6704, "FY23Q3": 5931, "FY23H1": 14992,
               "FY23M9": 20923, "FY23": 26974, "FY24Q1": 7192, "FY24Q2": 13507, "FY24Q3": 18120,
               "FY24H1": 20699, "FY24M9": 38819, "FY24": 60922, "FY25Q1": 26044, "FY25Q2": 30040,
               "FY25Q3": 35082, "FY25H1": 56084, "FY25M9": 91166, "FY25": 130497}
    gross = {"FY23Q1": 5431, "FY23Q2": 2915, "FY23Q3": 3177, "FY23H1": 8346, "FY23M9": 11523,
             "FY23": 15356, "FY24Q1": 4648, "FY24Q2": 9462, "FY24Q3": 13400, "FY24H1": 14110,
             "FY24M9": 27510, "FY24": 44301, "FY25Q1": 20406, "FY25Q2": 22574, "FY25Q3": 26156,
             "FY25H1": 42980, "FY25M9": 69136, "FY25": 97858}
    net = {"FY22": 9752, "FY23Q1": 1618, "FY23Q2": 656, "FY23Q3": 680, "FY23H1": 2274, "FY23M9": 2954,
           "FY23": 4368, "FY24Q1": 2043, "FY24Q2": 6188, "FY24Q3": 9243, "FY24H1": 8231,
           "FY24M9": 17475, "FY24": 29760, "FY25Q1": 14881, "FY25Q2": 16599, "FY25Q3": 19309,
           "FY25H1": 31480, "FY25M9": 50789, "FY25": 72880}
    # What each filing reports: its own periods and the comparatives of the year before.
    filings = [
        (q1_24, ["FY24Q1", "FY23Q1"]), (q2_24, ["FY24Q2", "FY23Q2", "FY24H1", "FY23H1"]),
        (q3_24, ["FY24Q3", "FY23Q3", "FY24M9", "FY23M9"]), (k_24, ["FY24", "FY23", "FY22"]),
        (q1_25, ["FY25Q1", "FY24Q1"]), (q2_25, ["FY25Q2", "FY24Q2", "FY25H1", "FY24H1"]),
        (q3_25, ["FY25Q3", "FY24Q3", "FY25M9", "FY24M9"]), (k_25, ["FY25", "FY24", "FY23"]),
    ]
    for filing, periods in filings:
        for p in periods:
            for concept, values in (("Revenues", revenue), ("GrossProfit", gross), ("NetIncomeLoss", net)):
                if p in values:
                    value = values[p]
                    # The one restatement: a fictional first report of FY2024Q3 net income,
                    # corrected by the comparative in the FY2025Q3 10-Q.
                    if concept == "NetIncomeLoss" and p == "FY24Q3" and filing is q3_24:
                        value = 9240
                    c.add(concept, "USD", filing, *P[p], millions=value)
    # Diluted EPS as each quarter's own 10-Q reported it (before the June 2024 split up to
    # FY2025Q1); the split-adjusted comparatives of later filings are left out.
    for filing, p, eps in ((q1_24, "FY24Q1", 0.82), (q2_24, "FY24Q2", 2.48), (q3_24, "FY24Q3", 3.71),
                           (q1_25, "FY25Q1", 5.98), (q2_25, "FY25Q2", 0.67), (q3_25, "FY25Q3", 0.78)):
        c.add("EarningsPerShareDiluted", "USD/shares", filing, *P[p], val=eps)
    c.write("CIK0001045810.json", "2024-11-15", 24490000000, q3_25)


def orchard():
    """Fictional; its year ends on the last Saturday of September, as Apple's does."""
    c = Company(9990001, "ORCHARD DEVICES INC (FICTIONAL)")
    q1 = ("10-Q", "0009990001-24-000004", "2024-02-01", 2024, "Q1")
    q2 = ("10-Q", "0009990001-24-000011", "2024-05-02", 2024, "Q2")
    q3 = ("10-Q", "0009990001-24-000019", "2024-08-01", 2024, "Q3")
    k = ("10-K", "0009990001-24-000027", "2024-11-01", 2024, "FY")
    q1n = ("10-Q", "0009990001-25-000003", "2025-01-30", 2025, "Q1")
    P = {"Q1": ("2023-10-01", "2023-12-30"), "Q2": ("2023-12-31", "2024-03-30"),
         "Q3": ("2024-03-31", "2024-06-29"), "M9": ("2023-10-01", "2024-06-29"),
         "FY": ("2023-10-01", "2024-09-28"), "FY23": ("2022-09-25", "2023-09-30"),
         "N1": ("2024-09-29", "2024-12-28")}
    values = {
        "RevenueFromContractWithCustomerExcludingAssessedTax":
            {"Q1": 1200, "Q2": 950, "Q3": 880, "M9": 3030, "FY": 4040, "FY23": 3700, "N1": 1300},
        "CostOfGoodsAndServicesSold":
            {"Q1": 660, "Q2": 540, "Q3": 505, "M9": 1705, "FY": 2265, "FY23": 2090, "N1": 700},
        "OperatingIncomeLoss": {"Q1": 360, "Q2": 250, "Q3": 220, "M9": 830, "FY": 1120, "FY23": 980, "N1": 400},
        "NetIncomeLoss": {"Q1": 300, "Q2": 205, "Q3": 180, "M9": 685, "FY": 920, "FY23": 800, "N1": 330},
    }
    eps = {"Q1": 1.50, "Q2": 1.03, "Q3": 0.90, "M9": 3.43, "FY": 4.61, "FY23": 4.00, "N1": 1.65}
    filings = [(q1, ["Q1"]), (q2, ["Q2"]), (q3, ["Q3", "M9"]), (k, ["FY", "FY23"]), (q1n, ["N1", "Q1"])]
    for filing, periods in filings:
        for p in periods:
            for concept, v in values.items():
                c.add(concept, "USD", filing, *P[p], millions=v[p])
            c.add("EarningsPerShareDiluted", "USD/shares", filing, *P[p], val=eps[p])
    c.write("CIK0009990001.json", "2025-01-17", 200000000, q1n)


def northwind():
    """Fictional; its year ends on June 30, as Microsoft's does."""
    c = Company(9990002, "NORTHWIND SOFTWARE CORP (FICTIONAL)")
    q1 = ("10-Q", "0009990002-23-000031", "2023-10-24", 2024, "Q1")
    q2 = ("10-Q", "0009990002-24-000005", "2024-01-30", 2024, "Q2")
    q3 = ("10-Q", "0009990002-24-000018", "2024-04-25", 2024, "Q3")
    k = ("10-K", "0009990002-24-000036", "2024-07-30", 2024, "FY")
    P = {"Q1": ("2023-07-01", "2023-09-30"), "Q2": ("2023-10-01", "2023-12-31"),
         "Q3": ("2024-01-01", "2024-03-31"), "M9": ("2023-07-01", "2024-03-31"),
         "FY": ("2023-07-01", "2024-06-30"), "FY23": ("2022-07-01", "2023-06-30")}
    values = {
        "Revenues": {"Q1": 500, "Q2": 560, "Q3": 610, "M9": 1670, "FY": 2350, "FY23": 2000},
        "GrossProfit": {"Q1": 350, "Q2": 395, "Q3": 430, "M9": 1175, "FY": 1660, "FY23": 1380},
        "OperatingIncomeLoss": {"Q1": 150, "Q2": 170, "Q3": 190, "M9": 510, "FY": 730, "FY23": 600},
        "NetIncomeLoss": {"Q1": 120, "Q2": 135, "Q3": 150, "M9": 405, "FY": 580, "FY23": 470},
    }
    filings = [(q1, ["Q1"]), (q2, ["Q2"]), (q3, ["Q3", "M9"]), (k, ["FY", "FY23"])]
    for filing, periods in filings:
        for p in periods:
            for concept, v in values.items():
                c.add(concept, "USD", filing, *P[p], millions=v[p])
    c.write("CIK0009990002.json", "2024-07-19", 500000000, k)


def pinewood():
    """Fictional; files annual reports only (10-K years, no 10-Q), its year the calendar year."""
    c = Company(9990003, "PINEWOOD TOOLS CORP (FICTIONAL)")
    k22 = ("10-K", "0009990003-23-000008", "2023-02-24", 2022, "FY")
    k23 = ("10-K", "0009990003-24-000007", "2024-02-23", 2023, "FY")
    k24 = ("10-K", "0009990003-25-000006", "2025-02-21", 2024, "FY")
    P = {"FY22": ("2022-01-01", "2022-12-31"), "FY23": ("2023-01-01", "2023-12-31"),
         "FY24": ("2024-01-01", "2024-12-31")}
    values = {
        "Revenues": {"FY22": 820, "FY23": 905, "FY24": 1010},
        "GrossProfit": {"FY22": 410, "FY23": 462, "FY24": 525},
        "OperatingIncomeLoss": {"FY22": 95, "FY23": 118, "FY24": 150},
        "NetIncomeLoss": {"FY22": 70, "FY23": 88, "FY24": 112},
    }
    eps = {"FY22": 1.40, "FY23": 1.76, "FY24": 2.24}
    # Each 10-K repeats the two years before it, as its income statement does.
    filings = [(k22, ["FY22"]), (k23, ["FY23", "FY22"]), (k24, ["FY24", "FY23", "FY22"])]
    for filing, periods in filings:
        for p in periods:
            for concept, v in values.items():
                # The one restatement: the first 10-K's FY2022 revenue, $810M, later $820M.
                m = 810 if (filing is k22 and concept == "Revenues") else v[p]
                c.add(concept, "USD", filing, *P[p], millions=m)
            c.add("EarningsPerShareDiluted", "USD/shares", filing, *P[p], val=eps[p])
    c.write("CIK0009990003.json", "2025-02-07", 50000000, k24)


nvidia()
orchard()
northwind()
pinewood()
