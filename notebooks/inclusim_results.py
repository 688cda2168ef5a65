"""Load and analyse inclusim batch folders in Python.

This module reads only the files of the output contract (``runs.csv``, ``weekly.csv``,
``events.csv``, ``mentors.csv``, ``manifest.json``; see ``docs/data-dictionary.md``) and
implements the same formulas as ``inclusim report`` (``docs/statistics.md``), so numbers in a
notebook agree with the report for the same batch.

    import inclusim_results as ir
    batch = ir.load_batch("results/mentor-network/20261127-120000")
    ir.paired_effects(batch, "ever_employed_share")
"""

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

KEY = ["run_id", "variant", "point", "replicate", "seed"]
STAGES = ["referred", "seeking", "in_placement", "employed", "out_of_work",
          "disability_benefit", "aap", "education", "work_without_nav", "other"]
PALETTE_FILE = Path(__file__).with_name("palette.json")
"""The shared colours of stages, variants and mentor states (written from Java's presentation.Colours, checked by a test)."""


def palette():
    """The project's colour-blind-safe palette: {"stages": {...}, "series": {...} (weekly series that are not stages,
    such as disability_with_work), "variants": [...], "mentor_states": {...}}."""
    return json.loads(PALETTE_FILE.read_text(encoding="utf-8"))


def stage_colours():
    """Colour of each stage, as in the GUI and the report."""
    return palette()["stages"]


def variant_colours(batch):
    """Colour of each variant of a batch in plan order (the comparison variant black), as in the report."""
    colours = palette()["variants"]
    return {v: colours[i % len(colours)] for i, v in enumerate(batch.variants)}


NO_STAGE_CHANGE = ("benefit_work_started", "benefit_work_ended")
"""Causes of events.csv rows that are not a change of stage: from and to are both disability_benefit (work beside
the benefit starts or stops; docs/data-dictionary.md)."""


def stage_legend():
    """(label, colour) of each stage in stage order, for a figure's legend: only what a stage figure draws (the
    palette's "series", such as work beside the benefit, are not stages)."""
    colours = stage_colours()
    return [(s.replace("_", " "), colours[s]) for s in STAGES]


STAGE_LETTERS = {"referred": "R", "seeking": "S", "in_placement": "P", "employed": "E", "out_of_work": "O",
                 "disability_benefit": "D", "aap": "A", "education": "U", "work_without_nav": "W", "other": "X"}
"""One letter per stage for compact trajectory patterns."""
WEEKLY = KEY + ["week"] + STAGES + [
    "mentor_pool", "mentors_active", "mentors_on_leave", "mean_strain", "recruits", "recruit_refusals", "quits",
    "burnouts", "returns_from_leave", "network_meetings", "follow_up_contacts", "adviser_caseload_mean",
    "adviser_caseload_max", "close_cases", "mentor_hours", "adviser_hours"]
EVENTS = KEY + ["week", "user_id", "from", "to", "cause", "workplace_id", "mentor_id", "adviser_id"]
JOB_COLUMNS = ["job_match", "job_hours", "close_follow_up"]
"""events.csv's columns of the job a hire or job change starts (empty on other rows); batches written before them
lack them, so they are not required of events.csv (``job_starts`` asks for them)."""
RUN_OUTCOMES_FIRST = "horizon_weeks"
RUN_OUTCOMES_REQUIRED = ["users_total", "ever_employed_share", "employment_share_horizon", "retention_26w",
                         "retention_52w", "retention_104w", "burnout_episodes", "mentor_years",
                         "burnout_per_100_mentor_years", "top10_strain_share", "mentor_pool_end"]


class SchemaError(ValueError):
    """The folder is not an inclusim batch folder of a known format."""


@dataclass
class Batch:
    """The tables and manifest of one batch folder.

    ``runs`` and ``weekly`` hold the rows over whole runs (group ``all``); ``group_runs`` and
    ``group_weekly`` the user groups' rows (empty without user groups). ``events`` has every user's
    ``group``.
    """
    folder: Path
    runs: pd.DataFrame
    weekly: pd.DataFrame
    events: pd.DataFrame
    mentors: pd.DataFrame
    manifest: dict
    group_runs: pd.DataFrame = None
    group_weekly: pd.DataFrame = None

    @property
    def groups(self):
        """The user groups in declaration order; empty without user groups."""
        if self.group_runs is None or self.group_runs.empty:
            return []
        return list(dict.fromkeys(self.group_runs["group"]))

    @property
    def variants(self):
        """Variant names in plan order; the first is the baseline."""
        return list(dict.fromkeys(self.runs["variant"]))

    @property
    def baseline(self):
        return self.variants[0]

    @property
    def horizon(self):
        return int(self.runs["horizon_weeks"].iloc[0])

    @property
    def scenario(self):
        return self.manifest.get("scenario", {})


def _check(table, frame, expected):
    missing = [c for c in expected if c not in frame.columns]
    if missing:
        raise SchemaError(f"{table}: not an inclusim table of a known format (missing columns: {', '.join(missing)})")


def load_batch(folder):
    """Load a batch folder with proper dtypes; raise SchemaError for anything else."""
    folder = Path(folder)
    for name in ["runs.csv", "weekly.csv", "events.csv", "mentors.csv", "manifest.json"]:
        if not (folder / name).is_file():
            raise SchemaError(f"{folder} is not a finished inclusim batch folder (no {name}); "
                              f"make one with: java -jar target/inclusim.jar batch scenarios/mentor-network.yaml")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("format_version") != 1:
        raise SchemaError(f"{folder / 'manifest.json'}: unknown format_version {manifest.get('format_version')!r}")
    runs = pd.read_csv(folder / "runs.csv", dtype={"variant": "string"})
    _check("runs.csv", runs, KEY + [RUN_OUTCOMES_FIRST] + RUN_OUTCOMES_REQUIRED)
    weekly = pd.read_csv(folder / "weekly.csv", dtype={"variant": "string"})
    _check("weekly.csv", weekly, WEEKLY)
    events = pd.read_csv(folder / "events.csv", dtype={"variant": "string", "from": "string", "to": "string",
                                                        "cause": "string", "workplace_id": "Int64",
                                                        "mentor_id": "Int64", "adviser_id": "Int64",
                                                        "job_match": "Float64", "job_hours": "Float64",
                                                        "close_follow_up": "boolean"})
    _check("events.csv", events, EVENTS)
    mentors = pd.read_csv(folder / "mentors.csv", dtype={"variant": "string", "training": "string",
                                                          "state_end": "string", "network_id": "Int64",
                                                          "quit_week": "Int64"})
    runs, group_runs = _split_groups(runs)
    weekly, group_weekly = _split_groups(weekly)
    return Batch(folder, runs, weekly, events, mentors, manifest, group_runs, group_weekly)


def _split_groups(frame):
    """The ``all`` rows (totals, as every reader of totals needs) and the user group rows."""
    if "group" not in frame.columns:
        return frame, frame.iloc[0:0]
    is_all = frame["group"] == "all"
    return frame[is_all].reset_index(drop=True), frame[~is_all].reset_index(drop=True)


def group_outcomes(batch, outcome, variant=None, point=0):
    """Mean and 95 % interval over replicates of one runs.csv outcome for each user group (one variant); a share's
    interval is clipped to [0, 1], as in the report (``is_share``)."""
    variant = variant or batch.baseline
    rows = batch.group_runs[(batch.group_runs["variant"] == variant) & (batch.group_runs["point"] == point)]
    return pd.DataFrame([dict(group=g, **summarize(rows[rows["group"] == g][outcome].dropna(), share=is_share(outcome)))
                         for g in batch.groups])


def group_table(batch, outcomes, point=0):
    """``group_outcomes`` of several outcomes for every variant, long: outcome, variant, group, n, mean, sd, low, high,
    median (empty without user groups)."""
    frames = [group_outcomes(batch, o, v, point).assign(outcome=o, variant=v) for o in outcomes for v in batch.variants]
    return pd.concat(frames, ignore_index=True) if batch.groups else pd.DataFrame()


def horizon_share_columns(batch):
    """The runs.csv columns of the shares of users in work and in each destination in the last week (as the report's
    group section; ``long_hours_share_horizon`` is a share of the employed and is left out)."""
    return [c for c in batch.runs.columns if c.endswith("_share_horizon") and c != "long_hours_share_horizon"]


def _events(batch, variant, group=None):
    """A variant's events in user order (run, user, week); only one user group's users with ``group``."""
    ev = batch.events[batch.events["variant"] == variant]
    if group is not None:
        ev = ev[ev["group"] == group]
    return ev.sort_values(["run_id", "user_id", "week"], kind="stable")


_SHARE = re.compile(r"(.*_share|.*_share_horizon|retention_\d+w|mentee_weeks_gini|job_survival_\d+w|cif_.+_\d+w)")


def is_share(outcome):
    """True if the outcome (a runs.csv or run_survival.csv column) is a share between 0 and 1: the rule of the
    report's ShareOutcomes and the R reference, by column name (docs/statistics.md, "Summary")."""
    return _SHARE.fullmatch(outcome) is not None


def summarize(values, share=False):
    """n, mean, sd, 95 % t interval and median; the interval is NaN with fewer than two values, and clipped to
    [0, 1] with ``share`` (a share cannot leave it; never for counts, weeks or differences)."""
    x = np.asarray([v for v in values if not pd.isna(v)], dtype=float)
    n = len(x)
    if n == 0:
        return dict(n=0, mean=math.nan, sd=math.nan, low=math.nan, high=math.nan, median=math.nan)
    if n == 1:
        return dict(n=1, mean=x[0], sd=math.nan, low=math.nan, high=math.nan, median=x[0])
    sd = x.std(ddof=1)
    half = stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
    low, high = x.mean() - half, x.mean() + half
    if share:
        low, high = float(np.clip(low, 0, 1)), float(np.clip(high, 0, 1))
    return dict(n=n, mean=x.mean(), sd=sd, low=low, high=high, median=float(np.median(x)))


def snap_ties(d):
    """Absolute differences within 1e-9 of the largest are one tie (set to the smallest of their run,
    sign kept), and those that close to 0 are 0: 3/70 - 2/70 and 2/70 - 1/70 differ only by rounding."""
    d = np.asarray(d, dtype=float)
    valid = ~np.isnan(d)
    tolerance = 1e-9 * (np.abs(d[valid]).max() if valid.any() else 0.0)
    out = d.copy()
    group = previous = 0.0
    for i in np.argsort(np.abs(d), kind="stable"):
        if np.isnan(d[i]):
            continue
        if abs(d[i]) - previous > tolerance:
            group = abs(d[i])
        previous = abs(d[i])
        out[i] = math.copysign(group, d[i])
    return out


def signed_rank_p(d):
    """Two-sided Wilcoxon signed-rank p of differences d, by the report's rule (docs/statistics.md):
    ties and zeros up to rounding (snap_ties); zero differences dropped; exact for up to 20
    differences without ties, otherwise the normal approximation with tie and continuity
    corrections; 1 when every difference is 0."""
    d = snap_ties(d)
    d = d[(d != 0) & ~np.isnan(d)]
    if len(d) == 0:
        return 1.0
    if len(d) <= 20 and len(np.unique(np.abs(d))) == len(d):
        return float(stats.wilcoxon(d, method="exact").pvalue)
    return float(stats.wilcoxon(d, correction=True, method="approx").pvalue)


def paired_effects(batch, outcome, point=0, precision=0.10):
    """Effect of every variant against the baseline on one outcome, paired by replicate."""
    runs = batch.runs[batch.runs["point"] == point]
    base = runs[runs["variant"] == batch.baseline].set_index("replicate")[outcome]
    rows = []
    for variant in batch.variants[1:]:
        other = runs[runs["variant"] == variant].set_index("replicate")[outcome]
        pairs = pd.concat([base, other], axis=1, keys=["a", "b"]).dropna()
        d = pairs["b"] - pairs["a"]
        s = summarize(d)
        p = signed_rank_p(d.to_numpy()) if len(d) >= 2 else math.nan
        rows.append(dict(variant=variant, pairs=len(d), baseline_mean=pairs["a"].mean(), variant_mean=pairs["b"].mean(),
                         difference=s["mean"], ci_low=s["low"], ci_high=s["high"], wilcoxon_p=p,
                         replications_needed=replications_for(s["sd"], len(d), precision * abs(pairs["a"].mean()))))
    frame = pd.DataFrame(rows)
    if not frame.empty:
        frame["holm_p"] = holm(frame["wilcoxon_p"].to_numpy())
    return frame


def replications_for(sd, n, half_width):
    """Replications for a 95 % paired interval of the given half-width: the smallest m >= 2 with
    t(0.975; m - 1) sd / sqrt(m) <= half_width, by the report's search (docs/statistics.md;
    NaN if not estimable). The left side falls as m grows: start at (1.96 sd / h)^2, double, bisect."""
    if n < 2 or not half_width > 0 or pd.isna(sd) or math.isinf(sd):
        return math.nan

    def enough(m):
        return stats.t.ppf(0.975, m - 1) * sd / math.sqrt(m) <= half_width

    low = max(2, math.ceil((stats.norm.ppf(0.975) * sd / half_width) ** 2))
    if enough(low):
        return low
    high = low
    while not enough(high):
        low, high = high, 2 * high
    while high - low > 1:
        mid = (low + high) // 2
        low, high = (low, mid) if enough(mid) else (mid, high)
    return high


def holm(p):
    """Holm's step-down adjustment (NaN stays NaN)."""
    p = np.asarray(p, dtype=float)
    order = np.argsort(np.where(np.isnan(p), 2, p))
    m = int((~np.isnan(p)).sum())
    out = np.full(len(p), np.nan)
    running = 0.0
    for rank, i in enumerate(order):
        if np.isnan(p[i]):
            continue
        running = max(running, min(1.0, (m - rank) * p[i]))
        out[i] = running
    return out


def kaplan_meier(durations, observed):
    """Kaplan-Meier curve with Greenwood 95 % band on the log-log scale (R's conf.type="log-log"; [0, 0]
    where the curve is 0): time, at_risk, events, survival, ci_low, ci_high."""
    frame = pd.DataFrame({"t": durations, "e": observed})
    at_risk = len(frame)
    s, greenwood, rows = 1.0, 0.0, []
    z = stats.norm.ppf(0.975)
    for t, group in frame.groupby("t", sort=True):
        d = int(group["e"].sum())
        if d > 0:
            s *= 1 - d / at_risk
            greenwood += d / (at_risk * (at_risk - d)) if at_risk > d else math.inf
            if s > 0:
                w = z * math.sqrt(greenwood) / math.log(s)
                low, high = s ** math.exp(-w), s ** math.exp(w)
            else:
                low = high = 0.0
            rows.append(dict(time_weeks=float(t), at_risk=at_risk, events=d, survival=s,
                             ci_low=min(1.0, max(0.0, low)), ci_high=min(1.0, max(0.0, high))))
        at_risk -= len(group)
    return pd.DataFrame(rows, columns=["time_weeks", "at_risk", "events", "survival", "ci_low", "ci_high"])


def survival_at(curve, t):
    """S(t) of a Kaplan-Meier curve: the share still running after t."""
    before = curve[curve["time_weeks"] <= t]
    return 1.0 if before.empty else float(before["survival"].iloc[-1])


def survival_before(curve, t):
    """S just before t: the share that lasted at least t (retention at t, as in runs.csv and the report)."""
    before = curve[curve["time_weeks"] < t]
    return 1.0 if before.empty else float(before["survival"].iloc[-1])


def job_spells(batch, variant, group=None):
    """Durations (weeks) and whether they ended, of all job spells of a variant (censored at the horizon;
    a job-to-job move continues the spell); only one user group's with ``group``."""
    ev = _events(batch, variant, group)
    durations, ended = [], []
    for _, user in ev.groupby(["run_id", "user_id"], sort=False):
        start = None
        for week, to in zip(user["week"], user["to"]):
            if to == "employed":
                if start is None:  # a job-to-job move (employed to employed) continues the spell
                    start = week
            elif start is not None:
                durations.append(week - start)
                ended.append(True)
                start = None
        if start is not None:
            durations.append(batch.horizon - start)
            ended.append(False)
    return np.array(durations, dtype=float), np.array(ended, dtype=bool)


def job_starts(batch, variant, group=None):
    """A variant's hires and job changes (the ``hired`` and ``job_change`` rows of events.csv) with the new job's
    ``job_match``, ``job_hours`` and whether the user was in close follow-up (``close_follow_up``), in user order;
    only one user group's with ``group``. Raises SchemaError for a batch written before these columns."""
    missing = [c for c in JOB_COLUMNS if c not in batch.events.columns]
    if missing:
        raise SchemaError(f"{batch.folder / 'events.csv'}: written before the job columns ({', '.join(missing)}); "
                          f"rerun the batch with this version to get them")
    ev = _events(batch, variant, group)
    return ev[ev["cause"].isin(["hired", "job_change"])].reset_index(drop=True)


def first_job_times(batch, variant, group=None):
    """Weeks from referral to the first job (censored at the horizon for users never employed); only one
    user group's users with ``group``."""
    ev = _events(batch, variant, group)
    durations, ended = [], []
    for _, user in ev.groupby(["run_id", "user_id"], sort=False):
        referral = int(user["week"].iloc[0])
        jobs = user[user["to"] == "employed"]
        if len(jobs):
            durations.append(int(jobs["week"].iloc[0]) - referral)
            ended.append(True)
        else:
            durations.append(batch.horizon - referral)
            ended.append(False)
    return np.array(durations, dtype=float), np.array(ended, dtype=bool)


def stage_shares(batch, point=0, group=None):
    """Share of users referred so far in each stage, per variant and week: mean and 95 % band over replications
    (the t interval clipped to [0, 1], as in the report); from one user group's rows of weekly.csv with ``group``."""
    weekly = batch.weekly if group is None else batch.group_weekly[batch.group_weekly["group"] == group]
    w = weekly[weekly["point"] == point].copy()
    users = w[STAGES].sum(axis=1).replace(0, np.nan)
    for stage in STAGES:
        w["share_" + stage] = (w[stage] / users).fillna(0)
    rows = []
    for (variant, week), g in w.groupby(["variant", "week"], sort=False):
        for stage in STAGES:
            s = summarize(g["share_" + stage], share=True)
            rows.append(dict(variant=variant, week=week, stage=stage, mean=s["mean"], low=s["low"], high=s["high"]))
    return pd.DataFrame(rows)


def burnout_rate(batch, variant, point=0):
    """Burnout episodes per 100 mentor-years over the runs of a variant, with the report's interval
    (docs/statistics.md): quasi-Poisson with the dispersion from the replicates (at least 1); the exact
    Poisson interval where the dispersion cannot be estimated (one run, or no episodes)."""
    r = batch.runs[(batch.runs["variant"] == variant) & (batch.runs["point"] == point) & (batch.runs["mentor_years"] > 0)]
    k, exposure = r["burnout_episodes"].to_numpy(dtype=float), r["mentor_years"].to_numpy(dtype=float)
    total, years, n = int(k.sum()), exposure.sum(), len(k)
    exact_low = 0.0 if total == 0 else stats.chi2.ppf(0.025, 2 * total) / (2 * years)
    exact_high = stats.chi2.ppf(0.975, 2 * total + 2) / (2 * years)
    rate = total / years
    row = dict(variant=variant, runs=n, episodes=total, mentor_years=years, per_100=100 * rate,
               poisson_low=100 * exact_low, poisson_high=100 * exact_high)
    if n < 2 or total == 0:
        return dict(row, ci_low=row["poisson_low"], ci_high=row["poisson_high"], interval="exact_poisson", dispersion=math.nan)
    expected = exposure * rate
    dispersion = float(((k - expected) ** 2 / expected).sum() / (n - 1))
    half = stats.t.ppf(0.975, n - 1) * math.sqrt(max(1.0, dispersion) / total)
    return dict(row, ci_low=100 * rate * math.exp(-half), ci_high=100 * rate * math.exp(half), interval="quasi_poisson",
                dispersion=dispersion)


def stage_sequences(batch, variant, group=None):
    """For each user of a variant (run_id, user_id): the stage at every week since referral until the horizon;
    only one user group's users with ``group``."""
    ev = _events(batch, variant, group)
    sequences = {}
    for key, user in ev.groupby(["run_id", "user_id"], sort=False):
        weeks = list(user["week"])
        stages = list(user["to"])
        referral = weeks[0]
        seq = []
        for i, (week, stage) in enumerate(zip(weeks, stages)):
            end = weeks[i + 1] if i + 1 < len(weeks) else batch.horizon
            seq.extend([stage] * max(0, end - week))
        sequences[key] = seq[: batch.horizon - referral]
    return sequences


def state_distribution(batch, variant, group=None):
    """Share of users in each stage by week since referral, and the users observed that many weeks (one user
    group's with ``group``)."""
    sequences = stage_sequences(batch, variant, group)
    longest = max((len(s) for s in sequences.values()), default=0)
    counts = np.zeros((longest, len(STAGES)))
    for seq in sequences.values():
        for d, stage in enumerate(seq):
            counts[d, STAGES.index(stage)] += 1
    users = counts.sum(axis=1)
    frame = pd.DataFrame(counts / users[:, None], columns=STAGES)
    frame.insert(0, "users", users.astype(int))
    frame.index.name = "weeks_since_referral"
    return frame


def trajectory_patterns(batch, variant, top=10, group=None):
    """The most common trajectories, one row each, never cut short.

    A trajectory is the sequence of stages a user entered (R referred, S seeking, P in placement,
    E employed, O out of work, D disability benefit, A AAP without follow-up, U education, W work
    without NAV, X other; a stage entered again counts again). Long sequences are
    written compactly: a block repeated in a row is shown once with its count, e.g.
    ``S (P E O)x3 D``, so two different long paths never look the same. Columns: ``pattern``,
    ``stages`` (how many stage entries), ``jobs`` (times employed), ``users`` and ``share``; only one
    user group's users with ``group``. Work beside disability benefit starting or stopping is not a stage entry
    (``NO_STAGE_CHANGE``): a user R S D who works beside the benefit is still ``R S D``.
    """
    ev = _events(batch, variant, group)
    ev = ev[~ev["cause"].isin(NO_STAGE_CHANGE)]
    sequences = ev.groupby(["run_id", "user_id"], sort=False)["to"].agg(tuple)
    counts = sequences.value_counts()
    rows = [{"pattern": compact_pattern(seq), "stages": len(seq), "jobs": seq.count("employed"), "users": int(n)}
            for seq, n in counts.items()]
    table = pd.DataFrame(rows, columns=["pattern", "stages", "jobs", "users"])
    table["share"] = table["users"] / table["users"].sum()
    return table.head(top).reset_index(drop=True)


def compact_pattern(stages):
    """A stage sequence in letters with repeated blocks collapsed: ('seeking', 'in_placement', 'employed') -> 'S P E'."""
    letters = [STAGE_LETTERS.get(s, s) for s in stages]
    out = []
    i = 0
    while i < len(letters):
        best = (1, 1)  # (block length, repeats)
        for size in range(1, (len(letters) - i) // 2 + 1):
            block = letters[i:i + size]
            repeats = 1
            while letters[i + repeats * size:i + (repeats + 1) * size] == block:
                repeats += 1
            if repeats > 1 and size * repeats > best[0] * best[1]:
                best = (size, repeats)
        size, repeats = best
        block = letters[i:i + size]
        out.append(("(" + " ".join(block) + ")" if size > 1 else block[0]) + (f"x{repeats}" if repeats > 1 else ""))
        i += size * repeats
    return " ".join(out)


# Published patterns outside the calibration targets (docs/validation.md, "Published patterns outside the targets"),
# computed from a batch of scenarios/validation/published-patterns.yaml. Weeks count from each user's referral;
# "by week N" is a first hire in weeks 0 to N-1 (runs.csv's ever_employed_share of an N-week run); "in work" is
# employed plus work found without NAV; a job spell runs from a hire to leaving employment (a job-to-job move
# continues it), as runs.csv's retention_* and mean_weeks_to_first_job count it.

USUAL_CARE = "trial-usual-care"
IPS = "trial-close-follow-up"
IPS_LIMITED = "ips-limited"
IPS_LITE = "ips-lite-follow-along"
"""The IPS arm with close follow-along ended 17 weeks (4 months) after a job start, as IPS-LITE ended employment support
(pattern 11)."""
PLACEMENT_ARMS = [("12", USUAL_CARE), ("26", "usual-care-placement-26"), ("52", "usual-care-placement-52")]
RATE_WINDOWS = [(0, 13), (13, 26), (26, 39), (39, 52), (52, 78), (78, 104), (104, 156), (156, 260)]
GAP_WEEKS = [52, 104, 156, 259]
IN_MEASURE = {"referred", "seeking", "in_placement", "out_of_work"}
"""The stages of a user NAV can still place in a job (not on a destination outside the measure)."""
IN_WORK = ["employed", "work_without_nav"]
"""The stages counted as in work: employed, or in work found without NAV."""


@dataclass
class UserHistory:
    """One user's history, weeks counted from referral: ``observed`` weeks until the horizon, every stage change as
    (week, stage), job spells as (start, end) with end None while open at the horizon, disability benefit grants,
    and work beside the benefit starting (True) or ending (False) as (week, started), in event order."""
    run_id: int
    observed: int
    stages: list
    jobs: list
    grants: list
    benefit_work: list

    @property
    def first_job(self):
        """Week of the first hire, or None if the user was never employed."""
        return self.jobs[0][0] if self.jobs else None

    def stage_at_start(self, week):
        """The stage at the start of ``week`` (after the events of the weeks before it; referred in week 0)."""
        stage = "referred"
        for w, to in self.stages:
            if w >= week:
                break
            stage = to
        return stage


def user_histories(batch, variant):
    """The ``UserHistory`` of every user of a variant, from events.csv."""
    histories = []
    for (run_id, _), user in _events(batch, variant).groupby(["run_id", "user_id"], sort=False):
        referral = int(user["week"].iloc[0])
        stages, jobs, grants, benefit_work, start = [], [], [], [], None
        for week, source, to, cause in zip(user["week"], user["from"], user["to"], user["cause"]):
            week = int(week) - referral
            stages.append((week, to))
            if to == "employed":
                if start is None:
                    start = week
            elif start is not None:
                jobs.append((start, week))
                start = None
            if to == "disability_benefit" and source != "disability_benefit":
                grants.append(week)
            if cause in ("benefit_work_started", "benefit_work_ended"):
                benefit_work.append((week, cause == "benefit_work_started"))
        if start is not None:
            jobs.append((start, None))
        histories.append(UserHistory(int(run_id), batch.horizon - referral, stages, jobs, grants, benefit_work))
    return histories


def _by_run(histories, value):
    """``value(history)`` of every user grouped by run, leaving out users for whom it is None."""
    out = {}
    for h in histories:
        out.setdefault(h.run_id, [])
        v = value(h)
        if v is not None:
            out[h.run_id].append(v)
    return out


def _per_run_mean(values_by_run):
    """Mean over runs of each run's mean (runs without a value are left out); NaN if none has one."""
    means = [np.mean(v) for v in values_by_run.values() if len(v)]
    return float(np.mean(means)) if means else math.nan


def _by_replicate(batch, values_by_run):
    """Each run's mean of ``values_by_run`` (run_id -> values) as a Series indexed by the run's replicate (runs.csv),
    for pairing variants run from the same replicate seeds; runs without a value are left out."""
    replicate = batch.runs.set_index("run_id")["replicate"]
    means = {int(replicate[run]): float(np.mean(v)) for run, v in values_by_run.items() if len(v)}
    return pd.Series(means, dtype=float).sort_index()


def _ever_employed(weeks):
    """Per user: 1.0 if first hired in weeks 0 to weeks-1, else 0.0."""
    return lambda h: float(h.first_job is not None and h.first_job < weeks)


def ever_employed_by(histories, weeks):
    """Share of users with a first hire in weeks 0 to weeks-1, mean over runs."""
    return _per_run_mean(_by_run(histories, _ever_employed(weeks)))


def first_job_rate(histories, start, end, in_measure=False):
    """First hires per person-year at risk in weeks start to end-1 (pooled over runs; 52 times the hazard per week).
    A user is at risk in every observed week begun never employed, the week of the first hire included; with
    ``in_measure`` only in the weeks begun in a stage of the measure (``IN_MEASURE``) or ending in the first hire, so
    users on disability benefit, AAP, in education or in other destinations are not at risk while there."""
    hires, weeks_at_risk = 0, 0
    for h in histories:
        first = h.first_job
        for week in range(start, min(end, h.observed)):
            if first is not None and week > first:
                break
            if in_measure and week != first and h.stage_at_start(week) not in IN_MEASURE:
                continue
            weeks_at_risk += 1
            hires += week == first
    return 52.0 * hires / weeks_at_risk if weeks_at_risk else math.nan


def first_job_retention(histories, weeks):
    """Among users whose first job started at least ``weeks`` before the horizon, the share whose first job lasted
    at least ``weeks`` (runs.csv's retention_Nw), mean over runs."""
    return first_job_kept_after(histories, 0, weeks)


def _first_job_kept(held, weeks):
    """Per user: whether the first job, started at least ``weeks`` before the horizon and lasting at least ``held``
    weeks, lasted at least ``weeks`` (1.0 or 0.0); None for users without such a first job."""
    def kept(h):
        if h.first_job is None or h.first_job > h.observed - weeks:
            return None
        start, end = h.jobs[0]
        if end is not None and end - start < held:
            return None
        return float(end is None or end - start >= weeks)
    return kept


def first_job_kept_after(histories, held, weeks):
    """Among users whose first job started at least ``weeks`` before the horizon and lasted at least ``held`` weeks
    (held <= weeks), the share whose first job lasted at least ``weeks``: the job's survival from week ``held`` of its
    tenure to week ``weeks``, mean over runs (runs without such a job left out). ``held`` 0 is runs.csv's
    retention_Nw."""
    return _per_run_mean(_by_run(histories, _first_job_kept(held, weeks)))


def weeks_to_first_job(histories, within):
    """Weeks from referral to the first hire among users first hired in weeks 0 to within-1, mean over runs (runs.csv's
    mean_weeks_to_first_job of a ``within``-week run, as the calibration's target counts it)."""
    return _per_run_mean(_by_run(histories, lambda h: h.first_job if h.first_job is not None and h.first_job < within
                                 else None))


def _weeks_in_jobs(spells, start, end):
    """Weeks of the job spells within weeks start to end-1 (open spells run to the window's end)."""
    return sum(max(0, min(end, e if e is not None else end) - max(start, s)) for s, e in spells)


def longest_job_within(histories, weeks):
    """Longest job spell within weeks 0 to weeks-1 (open jobs censored there), among users hired in them; mean over
    runs."""
    def longest(h):
        spells = [_weeks_in_jobs([j], 0, weeks) for j in h.jobs if j[0] < weeks]
        return max(spells) if spells else None
    return _per_run_mean(_by_run(histories, longest))


def months_after_first_job(histories, last_start, weeks=104):
    """Months employed (weeks / 52 * 12) in the ``weeks`` after the first job's start, and the share employed at least
    half of them, among users first hired in weeks 0 to last_start-1 (all observed the whole window when last_start
    + weeks <= horizon); means over runs."""
    def worked(h):
        first = h.first_job
        return None if first is None or first >= last_start else _weeks_in_jobs(h.jobs, first, first + weeks)
    by_run = _by_run(histories, worked)
    months = _per_run_mean({r: [w * 12.0 / 52.0 for w in v] for r, v in by_run.items()})
    steady = _per_run_mean({r: [float(w >= weeks / 2) for w in v] for r, v in by_run.items()})
    return months, steady


def working_beside_benefit(histories, after):
    """Share of disability benefit grants observed ``after`` weeks whose user works beside the benefit in the week
    ``after`` weeks after the grant (after that week's events), pooled over runs; and the number of such grants."""
    grants, working = 0, 0
    for h in histories:
        for grant in h.grants:
            if grant + after >= h.observed:
                continue
            grants += 1
            state = False
            for week, started in h.benefit_work:
                if grant <= week <= grant + after:
                    state = started
            working += state
    return (working / grants if grants else math.nan), grants


def _weekly_share(batch, variant, columns, week):
    """Per-run share of users in ``columns`` at the end of ``week`` (weekly.csv), indexed by replicate."""
    w = batch.weekly[(batch.weekly["variant"] == variant) & (batch.weekly["week"] == week)].set_index("replicate")
    return w[columns].sum(axis=1) / w[STAGES].sum(axis=1)


def _weeks_in_within(batch, variant, columns, weeks):
    """Per run, weeks in the stages ``columns`` in weeks 0 to weeks-1 per user (weekly.csv; a cohort referred in week
    0), indexed by replicate."""
    w = batch.weekly[(batch.weekly["variant"] == variant) & (batch.weekly["week"] < weeks)]
    users = w[w["week"] == 0].set_index("replicate")[STAGES].sum(axis=1)
    return w.groupby("replicate")[columns].sum().sum(axis=1) / users


def weeks_employed_within(batch, variant, weeks):
    """Weeks employed (stage ``employed`` only) in weeks 0 to weeks-1 per user (weekly.csv; a cohort referred in week
    0), mean over runs."""
    return float(_weeks_in_within(batch, variant, ["employed"], weeks).mean())


def paired_work_gap(batch, variant, week, against=USUAL_CARE):
    """Mean over replicates of the variant's share in work at ``week`` minus the ``against`` arm's (usual care unless
    given; paired by replicate)."""
    return float(_paired_work_gaps(batch, variant, week, against).mean())


def _paired_work_gaps(batch, variant, week, against):
    """Per replicate, the variant's share in work at ``week`` minus the ``against`` arm's."""
    return _weekly_share(batch, variant, IN_WORK, week) - _weekly_share(batch, against, IN_WORK, week)


def paired_difference(a, b):
    """Paired difference b - a of two Series indexed by replicate (replicates missing in either left out): mean, paired
    t (mean over its standard error; NaN with fewer than two pairs or no spread), the 95 % t interval and whether the
    differences have a spread (``spread``: at least two pairs and a standard deviation above 0, so t is defined), as a
    dict with keys mean, t, low, high, spread."""
    d = pd.concat([a, b], axis=1, keys=["a", "b"]).dropna()
    s = summarize(d["b"] - d["a"])
    spread = bool(s["n"] >= 2 and s["sd"] > 0)
    t = s["mean"] / (s["sd"] / math.sqrt(s["n"])) if spread else math.nan
    return dict(mean=float(s["mean"]), t=float(t), low=float(s["low"]), high=float(s["high"]), spread=spread)


def published_patterns(batch):
    """The model's figures for docs/validation.md's published patterns 1 to 11 (its "after" column), long: pattern,
    measure, value and text (the value as the table prints it: ``figure_text``, or ``NO_SPREAD``). Shares are of users
    (of grants in pattern 8, of first jobs in 4 and 11), durations in weeks unless the measure says months; means over
    replicates except the annualised rates and pattern 8, which pool them. Needs the variants of
    scenarios/validation/published-patterns.yaml."""
    histories = {v: user_histories(batch, v) for v in batch.variants}
    arms = ((IPS, "IPS"), (USUAL_CARE, "usual care"))
    rows = []

    def add(pattern, measure, value, text=None):
        rows.append(dict(pattern=pattern, measure=measure, value=float(value),
                         text=figure_text(value) if text is None else text))

    for weeks in (52, 78):
        ips, usual = ever_employed_by(histories[IPS], weeks), ever_employed_by(histories[USUAL_CARE], weeks)
        add(1, f"ever employed by week {weeks}, IPS", ips)
        add(1, f"ever employed by week {weeks}, usual care", usual)
        add(1, f"relative risk by week {weeks}", ips / usual)
    for week in GAP_WEEKS:
        add(2, f"gap in work at week {week}, unlimited IPS", paired_work_gap(batch, IPS, week))
        add(2, f"gap in work at week {week}, limited IPS", paired_work_gap(batch, IPS_LIMITED, week))
        add(2, f"in work at week {week}, usual care", _weekly_share(batch, USUAL_CARE, IN_WORK, week).mean())
    for in_measure, among in ((False, "never employed"), (True, "never employed, in the measure")):
        for arm, name in ((USUAL_CARE, "usual care"), (IPS, "IPS")):
            for start, end in RATE_WINDOWS:
                add(3, f"annualised first-job rate among the {among}, weeks {start}-{end}, {name}",
                    first_job_rate(histories[arm], start, end, in_measure))
    for arm, name in arms:
        add(4, f"first job held 52 weeks, {name}", first_job_retention(histories[arm], 52))
        add(4, f"first jobs ending before 26 weeks, {name}", 1.0 - first_job_retention(histories[arm], 26))
        add(4, f"direct hires (share of hires), {name}",
            batch.runs[batch.runs["variant"] == arm]["direct_hire_share"].mean())
    for arm, name in arms:
        add(5, f"weeks to first job among those hired by week 78, {name}", weeks_to_first_job(histories[arm], 78))
    for planned, arm in PLACEMENT_ARMS:
        for week in (26, 52, 104):
            add(6, f"employed at week {week}, usual care, {planned}-week placements",
                _weekly_share(batch, arm, ["employed"], week).mean())
        add(6, f"weeks to first job among those hired by week 78, usual care, {planned}-week placements",
            weeks_to_first_job(histories[arm], 78))
    ips, usual = weeks_employed_within(batch, IPS, 78), weeks_employed_within(batch, USUAL_CARE, 78)
    add(7, "weeks employed in the first 78, IPS", ips)
    add(7, "weeks employed in the first 78, usual care", usual)
    add(7, "ratio IPS / usual care", ips / usual)
    for arm, name in ((USUAL_CARE, "usual care"), (IPS, "IPS")):
        share, grants = working_beside_benefit(histories[arm], 26)
        add(8, f"working beside uføretrygd 26 weeks after a grant, {name} ({grants} grants)", share)
    for arm, name in arms:
        add(9, f"longest job within 78 weeks among those who worked, {name}", longest_job_within(histories[arm], 78))
    for arm, name in arms:
        months, steady = months_after_first_job(histories[arm], 156)
        add(10, f"months employed in the 24 after the first job's start (first jobs by week 156), {name}", months)
        add(10, f"employed at least half of them, {name}", steady)
    for row in follow_along_contrast(batch, histories):
        add(11, *row)
    return pd.DataFrame(rows)


NO_SPREAD = "-"
"""How the published-patterns table prints a paired t whose differences have no spread (every replicate's difference
the same, so t is undefined)."""


def figure_text(value):
    """A figure of the published-patterns table as printed: three decimals (an undefined value prints as nan)."""
    return f"{value:.3f}"


def follow_along_contrast(batch, histories):
    """Pattern 11, the contrast of the IPS-LITE trial (Burns et al. 2015): the unlimited IPS arm against the same arm
    with close follow-along ended 17 weeks (4 months) after a job start (``IPS_LITE``), run from the same replicate
    seeds (common random numbers), a causal contrast as the trial's is. For each arm: ever employed by week 78 (the
    trial's primary outcome, work on at least one day in 18 months), weeks employed (stage ``employed`` only, as
    pattern 7 counts them) and weeks in work (employed or without NAV: a job lost after follow-along ended can be
    followed by work the user finds without NAV) in the first 78, and the share of first jobs held 26 weeks still held at 104 (support after the
    first half-year); then the gap in work (employed or without NAV) at weeks 78, 104 and 259. Every contrast, ended
    minus unlimited, is paired by replicate and given with its paired t and 95 % t interval (``paired_difference``;
    each replicate's value is its run's mean over users); a t whose differences have no spread is printed as
    ``NO_SPREAD``. ``histories`` maps each variant to its ``user_histories``. Returns (measure, value) pairs and, for
    such a t, (measure, NaN, ``NO_SPREAD``)."""
    arms = ((IPS, "unlimited IPS"), (IPS_LITE, "IPS with follow-along ended at 17 weeks"))
    measures = (
        ("ever employed by week 78", lambda arm: _by_replicate(batch, _by_run(histories[arm], _ever_employed(78)))),
        ("weeks employed in the first 78", lambda arm: _weeks_in_within(batch, arm, ["employed"], 78)),
        ("weeks in work (employed or without NAV) in the first 78", lambda arm: _weeks_in_within(batch, arm, IN_WORK, 78)),
        ("first jobs held 26 weeks still held at 104",
         lambda arm: _by_replicate(batch, _by_run(histories[arm], _first_job_kept(26, 104)))),
    )
    rows = []
    for measure, per_replicate in measures:
        values = [per_replicate(arm) for arm, _ in arms]
        for (_, name), v in zip(arms, values):
            rows.append((f"{measure}, {name}", float(v.mean())))
        rows.extend(_contrast_rows(f"{measure}, ended minus unlimited", paired_difference(*values)))
    for week in (78, 104, 259):
        gaps = _paired_work_gaps(batch, IPS_LITE, week, IPS)
        rows.extend(_contrast_rows(f"gap in work at week {week}, follow-along ended at 17 weeks against unlimited IPS",
                                   paired_difference(pd.Series(0.0, index=gaps.index), gaps)))
    return rows


def _contrast_rows(measure, difference):
    """The (measure, value) rows of a paired difference: the difference under ``measure`` itself, then its paired t
    (where the differences have no spread, (measure, NaN, ``NO_SPREAD``): t is undefined) and the bounds of its 95 %
    interval."""
    t = (f"{measure}: paired t", difference["t"]) if difference["spread"] \
        else (f"{measure}: paired t", math.nan, NO_SPREAD)
    return [(measure, difference["mean"]), t,
            (f"{measure}: 95 % interval, low", difference["low"]), (f"{measure}: 95 % interval, high", difference["high"])]
