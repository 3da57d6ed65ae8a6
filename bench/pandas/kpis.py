"""The baseline many analysts would use instead of crm-roi: pandas reading the same canonical
CSV export and computing the same KPIs for one year by region, with the definitions of
docs/data-model.md and the KPI catalogue (region = the record's account region, else its user's
region, else 'unassigned'). Prints JSON {kpi: {region: value}} so the harness can check that both
tools agree, not only time them.

usage: python3 kpis.py EXPORT_DIR YEAR
"""
import json
import sys

import pandas as pd


def load(d, name, dates=(), usecols=None):
    df = pd.read_csv(f"{d}/{name}.csv", usecols=usecols, dtype=str, keep_default_na=False,
                     na_values=[""])
    for c in dates:
        df[c] = pd.to_datetime(df[c], utc=True, errors="coerce")
    return df


def region(df, accounts, users, account_col="account_id", user_col="user_id"):
    a = accounts.set_index("account_id")["region"]
    u = users.set_index("user_id")["region"]
    acc = df[account_col].map(a) if account_col in df else pd.Series(pd.NA, index=df.index)
    usr = df[user_col].map(u) if user_col in df else pd.Series(pd.NA, index=df.index)
    has_account = df[account_col].notna() if account_col in df else False
    r = acc.where(has_account, usr)
    return r.fillna("unassigned")


def ratio(num, den):
    out = {}
    for k in set(num.index) | set(den.index):
        d = den.get(k, 0)
        if d:
            out[k] = float(num.get(k, 0)) / float(d)
    return out


def main(d, year):
    t0 = pd.Timestamp(f"{year}-01-01", tz="UTC")
    t1 = pd.Timestamp(f"{year + 1}-01-01", tz="UTC")
    accounts = load(d, "accounts", usecols=["account_id", "region"])
    users = load(d, "users", dates=(), usecols=["user_id", "role", "region", "hired_on", "left_on"])
    opps = load(d, "opportunities", dates=("created_at", "closed_at"))
    opps["amount"] = pd.to_numeric(opps["amount"])
    fx = load(d, "fx_rates")
    fx["rate"] = pd.to_numeric(fx["rate"])
    fx["on"] = pd.to_datetime(fx["on"], utc=True)
    out = {}

    closed = opps[opps.stage.isin(["won", "lost"]) & (opps.closed_at >= t0) & (opps.closed_at < t1)]
    closed = closed.assign(region=region(closed.rename(columns={"owner_id": "user_id"}), accounts, users))
    won = closed[closed.stage == "won"].copy()
    # money into USD at the nearest earlier rate of the close date (the first rate before any)
    won["currency"] = won["currency"].fillna("USD").str.upper()
    won = won.sort_values("closed_at")
    rates = fx.sort_values("on")
    conv = pd.merge_asof(won, rates, left_on="closed_at", right_on="on", by="currency",
                         direction="backward")
    first = rates.groupby("currency")["rate"].first()
    conv["rate"] = conv["rate"].fillna(conv["currency"].map(first))
    conv.loc[conv.currency == "USD", "rate"] = 1.0
    conv["amount_usd"] = conv["amount"].fillna(0) * conv["rate"]
    revenue = conv.groupby("region")["amount_usd"].sum()
    out["revenue_won"] = revenue.to_dict()
    out["win_rate"] = ratio(won.groupby("region").size(), closed.groupby("region").size())
    out["avg_deal_size"] = ratio(revenue, won.groupby("region").size())
    cycle = (won.closed_at - won.created_at).dt.total_seconds() / 86400.0
    out["sales_cycle_days"] = cycle.groupby(won.region).mean().to_dict()

    leads = load(d, "leads", dates=("created_at", "converted_at"))
    leads = leads[(leads.created_at >= t0) & (leads.created_at < t1)]
    leads = leads.assign(region=region(leads.rename(columns={"owner_id": "user_id"}), accounts, users))
    converted = ((leads.status == "converted") | leads.converted_at.notna()
                 | leads.opportunity_id.isin(opps.opportunity_id))
    out["leads_created"] = leads.groupby("region").size().astype(float).to_dict()
    out["lead_conversion_rate"] = ratio(converted.groupby(leads.region).sum(),
                                        leads.groupby("region").size())

    acts = load(d, "activities", dates=("occurred_at",),
                usecols=["activity_id", "type", "occurred_at", "user_id", "account_id"])
    acts = acts[(acts.occurred_at >= t0) & (acts.occurred_at < t1)]
    acts_region = region(acts, accounts, users)
    calls = acts[acts.type == "call"].groupby(acts_region[acts.type == "call"]).size()
    out["calls_to_sales"] = ratio(calls, won.groupby("region").size())
    sales = users[users.role == "sales"].copy()
    hired = pd.to_datetime(sales.hired_on, utc=True)
    left = pd.to_datetime(sales.left_on, utc=True)
    active = sales[(hired.isna() | (hired < t1)) & (left.isna() | (left >= t0))]
    by_user_region = acts.assign(region=acts.user_id.map(users.set_index("user_id")["region"])
                                 .fillna("unassigned"))
    out["activities_per_rep"] = ratio(by_user_region.groupby("region").size(),
                                      active.assign(region=active.region.fillna("unassigned"))
                                      .groupby("region").size())

    tickets = load(d, "tickets", dates=("opened_at", "resolved_at"))
    tickets["handle_time_min"] = pd.to_numeric(tickets["handle_time_min"])
    res = tickets[(tickets.resolved_at >= t0) & (tickets.resolved_at < t1)]
    res = res.assign(region=region(res.rename(columns={"agent_id": "user_id"}), accounts, users))
    out["tickets_resolved"] = res.groupby("region").size().astype(float).to_dict()
    hours = (res.resolved_at - res.opened_at).dt.total_seconds() / 3600.0
    out["avg_resolution_hours"] = hours.groupby(res.region).mean().to_dict()
    same_day = res.resolved_at.dt.date == res.opened_at.dt.date
    out["same_day_resolution_rate"] = same_day.groupby(res.region).mean().to_dict()
    timed = res[res.handle_time_min.notna()]
    out["avg_handle_time_min"] = timed.groupby("region")["handle_time_min"].mean().to_dict()

    surveys = load(d, "surveys", dates=("answered_at",))
    surveys["score"] = pd.to_numeric(surveys["score"])
    surveys = surveys[(surveys.answered_at >= t0) & (surveys.answered_at < t1)]
    t = tickets.set_index("ticket_id")
    surveys["account_id"] = surveys.account_id.fillna(surveys.ticket_id.map(t["account_id"]))
    surveys["user_id"] = surveys.user_id.fillna(surveys.ticket_id.map(t["agent_id"]))
    surveys = surveys.assign(region=region(surveys, accounts, users))
    csat = surveys[surveys.kind == "csat"]
    out["csat"] = csat.groupby("region")["score"].mean().to_dict()
    nps = surveys[surveys.kind == "nps"]
    points = nps.score.apply(lambda s: 1.0 if s >= 9 else (-1.0 if s <= 6 else 0.0))
    out["nps"] = (points.groupby(nps.region).mean() * 100).to_dict()
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
