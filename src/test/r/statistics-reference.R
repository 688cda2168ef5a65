# Recomputes the statistics of `inclusim report` from a batch folder's raw tables with R
# (survival and base R) and compares them with the tool's analysis/*.csv. Run by
# StatisticsReferenceIT; by hand:  Rscript src/test/r/statistics-reference.R <batch folder>
#
# Prints one "count <statistic> <n>" line per statistic compared, "MISMATCH ..." for each value
# outside its tolerance, and exits with status 1
# if anything mismatched. Tolerances (docs/statistics.md): the tables round to 6 decimals, so a
# value agrees if |tool - R| <= 1e-6 + 1e-9 |R|; replications needed must be equal.
suppressMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
batch <- args[1]
IN_MEASURE <- c("referred", "seeking", "in_placement", "employed", "out_of_work")  # as Trajectories.IN_MEASURE
WEEKS <- c(26, 52, 104)
RMST_WEEKS <- 104
PRECISION <- 0.10

read <- function(name) read.csv(file.path(batch, name), stringsAsFactors = FALSE, check.names = FALSE,
                                 colClasses = c(variant = "character", point = "character"))
totals <- function(t) if ("group" %in% names(t)) t[t$group == "all", ] else t  # user group rows aside
runs <- totals(read("runs.csv"))
events <- read("events.csv")
weekly <- totals(read("weekly.csv"))
an <- function(name) read.csv(file.path(batch, "analysis", name), stringsAsFactors = FALSE,
                              colClasses = c(variant = "character"))
horizon <- runs$horizon_weeks[1]
variants <- unique(runs$variant)
baseline <- variants[1]
points <- unique(runs$point)

counts <- list()
mismatches <- 0
agree <- function(tool, ref) {
  if (is.na(ref) || is.na(tool)) return(is.na(ref) && is.na(tool))
  abs(tool - ref) <= 1e-6 + 1e-9 * abs(ref)
}
check <- function(statistic, key, tool, ref) {
  counts[[statistic]] <<- (if (is.null(counts[[statistic]])) 0 else counts[[statistic]]) + 1
  if (!agree(tool, ref)) {
    mismatches <<- mismatches + 1
    cat(sprintf("MISMATCH %s %s: tool %.10g, R %.10g\n", statistic, key, tool, ref))
  }
}
num <- function(x) if (length(x) == 0) NA_real_ else as.numeric(x)

## Trajectories, rebuilt from events.csv independently of the Java code.
users <- split(events, interaction(events$run_id, events$user_id, drop = TRUE, lex.order = TRUE))
run_of <- runs[, c("run_id", "variant", "point", "replicate")]
per_user <- lapply(users, function(u) {
  u <- u[order(u$week, seq_len(nrow(u))), ]  # file order within a week
  referral <- u$week[1]
  spells <- NULL
  start <- NA
  for (i in seq_len(nrow(u))) {
    if (u$to[i] == "employed") {
      if (is.na(start)) start <- u$week[i]  # a job-to-job move (employed to employed) continues the spell
    } else if (!is.na(start)) {
      spells <- rbind(spells, c(u$week[i] - start, 1))
      start <- NA
    }
  }
  if (!is.na(start)) spells <- rbind(spells, c(horizon - start, 0))
  jobs <- which(u$to == "employed")
  first_job <- if (length(jobs)) c(u$week[jobs[1]] - referral, 1) else c(horizon - referral, 0)
  firsts <- which(u$to == "employed" | !(u$to %in% IN_MEASURE))
  first_event <- if (length(firsts)) list(time = u$week[firsts[1]] - referral, cause = u$to[firsts[1]])
                 else list(time = horizon - referral, cause = "censored")
  list(run = u$run_id[1], spells = spells, first_job = first_job, first_event = first_event)
})
user_run <- sapply(per_user, `[[`, "run")
spells_of <- function(run_ids) {
  chosen <- per_user[user_run %in% run_ids]
  s <- do.call(rbind, lapply(chosen, `[[`, "spells"))
  runs_per_spell <- rep(sapply(chosen, `[[`, "run"), sapply(chosen, function(u) NROW(u$spells)))
  data.frame(time = s[, 1], event = s[, 2], run = runs_per_spell)
}
first_jobs_of <- function(run_ids) {
  s <- do.call(rbind, lapply(per_user[user_run %in% run_ids], `[[`, "first_job"))
  data.frame(time = s[, 1], event = s[, 2])
}
destinations <- setdiff(unique(events$to[!(events$to %in% IN_MEASURE)]), NA)
causes <- c("employed", destinations)
first_events_of <- function(run_ids) {
  e <- lapply(per_user[user_run %in% run_ids], `[[`, "first_event")
  data.frame(time = sapply(e, `[[`, "time"), status = factor(sapply(e, `[[`, "cause"), levels = c("censored", causes)))
}
runs_of <- function(v) run_of$run_id[run_of$variant == v]

## Kaplan-Meier steps and log-log Greenwood bands (pooled job spells, time to first job).
compare_km <- function(file, data_of, statistic) {
  tool <- an(file)
  for (v in variants) {
    d <- data_of(runs_of(v))
    fit <- survfit(Surv(time, event) ~ 1, data = d, conf.type = "log-log")
    steps <- fit$n.event > 0
    t <- tool[tool$variant == v, ]
    check(statistic, paste(v, "steps"), nrow(t), sum(steps))
    ref <- data.frame(time = fit$time[steps], n = fit$n.risk[steps], d = fit$n.event[steps], s = fit$surv[steps],
                      lo = ifelse(fit$surv[steps] == 0, 0, fit$lower[steps]),
                      hi = ifelse(fit$surv[steps] == 0, 0, fit$upper[steps]))
    for (i in seq_len(min(nrow(t), nrow(ref)))) {
      key <- paste(v, "t =", ref$time[i])
      check(statistic, key, t$time_weeks[i], ref$time[i])
      check(statistic, key, t$at_risk[i], ref$n[i])
      check(statistic, key, t$events[i], ref$d[i])
      check(statistic, key, t$survival[i], ref$s[i])
      check(paste(statistic, "band"), key, t$ci_low[i], ref$lo[i])
      check(paste(statistic, "band"), key, t$ci_high[i], ref$hi[i])
    }
  }
}
compare_km("job_retention.csv", spells_of, "km_job_spells")
compare_km("time_to_first_job.csv", first_jobs_of, "km_first_job")

## Log-rank test clustered by replicate: robust score test of a Cox model, Breslow ties.
tests <- an("job_retention_tests.csv")
for (v in variants[-1]) {
  a <- spells_of(runs_of(baseline)); a$group <- 0
  b <- spells_of(runs_of(v)); b$group <- 1
  both <- rbind(a, b)
  both$cluster <- run_of$replicate[match(both$run, run_of$run_id)]  # a replicate: its runs of both variants
  fit <- coxph(Surv(time, event) ~ group + cluster(cluster), data = both, ties = "breslow")
  t <- tests[tests$variant == v, ]
  check("clustered_logrank", v, t$clustered_logrank_chi2, as.numeric(fit$rscore))
  check("clustered_logrank", v, t$clustered_logrank_p, pchisq(as.numeric(fit$rscore), 1, lower.tail = FALSE))
}

## Per-run summaries: each run's KM survival just before 26/52/104 weeks, restricted mean to 104
## weeks, and Aalen-Johansen cumulative incidence (survfit with a multi-state status).
per_run <- list()
for (r in run_of$run_id) {
  s <- spells_of(r)
  out <- c()
  fit <- if (nrow(s)) survfit(Surv(time, event) ~ 1, data = s) else NULL
  known <- function(t) !is.null(fit) && (max(s$time) >= t || min(fit$surv) == 0)
  for (w in WEEKS) {
    out[paste0("job_survival_", w, "w")] <- if (known(w)) summary(fit, times = w - 0.5, extend = TRUE)$surv else NA
  }
  out[paste0("job_rmst_", RMST_WEEKS, "w")] <- if (known(RMST_WEEKS)) summary(fit, rmean = RMST_WEEKS)$table[["rmean"]] else NA
  e <- first_events_of(r)
  aj <- survfit(Surv(time, status) ~ 1, data = e)
  states <- aj$states
  all_had_an_event <- tail(aj$pstate[, which(states == "(s0)")], 1) == 0
  for (k in causes) {
    for (w in WEEKS) {
      known_aj <- max(e$time) >= w || all_had_an_event
      p <- if (known_aj) summary(aj, times = w, extend = TRUE)$pstate[, which(states == k)] else NA
      out[paste0("cif_", k, "_", w, "w")] <- p
    }
  }
  per_run[[as.character(r)]] <- out
}
tool_runs <- an("run_survival.csv")
derived <- names(per_run[[1]])
for (i in seq_len(nrow(tool_runs))) {
  ref <- per_run[[as.character(tool_runs$run_id[i])]]
  for (o in derived) {
    check(if (startsWith(o, "cif_")) "aalen_johansen_per_run" else "km_per_run", paste("run", tool_runs$run_id[i], o),
          num(tool_runs[[o]][i]), ref[[o]])
  }
}

## Pooled Aalen-Johansen curves.
cif <- an("cumulative_incidence.csv")
for (v in variants) {
  aj <- survfit(Surv(time, status) ~ 1, data = first_events_of(runs_of(v)))
  steps <- rowSums(as.matrix(aj$n.event)) > 0  # times with an event of any cause
  for (k in causes) {
    t <- cif[cif$variant == v & cif$cause == k, ]
    check("aalen_johansen_pooled", paste(v, k, "steps"), nrow(t), sum(steps))
    p <- aj$pstate[steps, which(aj$states == k)]
    for (i in seq_len(min(nrow(t), length(p)))) {
      key <- paste(v, k, "t =", aj$time[steps][i])
      check("aalen_johansen_pooled", key, t$time_weeks[i], aj$time[steps][i])
      check("aalen_johansen_pooled", key, t$at_risk[i], aj$n.risk[steps, 1][i])
      check("aalen_johansen_pooled", key, t$cumulative_incidence[i], p[i])
    }
  }
}

## Outcome values by replicate: runs.csv columns, and the per-run summaries above.
outcomes <- names(runs)[(which(names(runs) == "horizon_weeks") + 1):ncol(runs)]
value <- function(v, p, o) {
  rows <- run_of$variant == v & run_of$point == p
  x <- if (o %in% outcomes) runs[[o]][rows] else sapply(as.character(run_of$run_id[rows]), function(r) per_run[[r]][[o]])
  setNames(as.numeric(x), run_of$replicate[rows])
}

## Summaries: mean and t interval over replicates; a share's interval clipped to [0, 1]
## (the rule of ShareOutcomes, by column name).
is_share <- function(o) grepl("^(.*_share|.*_share_horizon|retention_[0-9]+w|mentee_weeks_gini|job_survival_[0-9]+w|cif_.+_[0-9]+w)$", o)
summary_tool <- an("summary.csv")
for (row in seq_len(nrow(summary_tool))) {
  s <- summary_tool[row, ]
  x <- na.omit(value(s$variant, s$point, s$outcome))
  check("mean", paste(s$variant, s$outcome), s$mean, if (length(x)) mean(x) else NA)
  if (length(x) >= 2 && sd(x) > 0) {
    ci <- t.test(x)$conf.int
    if (is_share(s$outcome)) ci <- pmin(pmax(ci, 0), 1)
    check("t_interval", paste(s$variant, s$outcome), s$ci_low, ci[1])
    check("t_interval", paste(s$variant, s$outcome), s$ci_high, ci[2])
  }
}

## Paired effects: t interval, signed-rank p (exact for up to 20 non-zero differences without
## ties), Holm over the variants, replications needed by brute force.
# Absolute differences within 1e-9 of the largest are one tie (and that close to 0, zero), as in
# Estimates.snapTies: 3/70 - 2/70 and 2/70 - 1/70 differ in their last bits only.
snap_ties <- function(d) {
  tolerance <- 1e-9 * max(abs(d))
  order_abs <- order(abs(d))
  out <- d
  group <- 0
  previous <- 0
  for (i in order_abs) {
    if (abs(d[i]) - previous > tolerance) group <- abs(d[i])
    previous <- abs(d[i])
    out[i] <- sign(d[i]) * group
  }
  out
}
signed_rank_p <- function(d) {
  d <- snap_ties(d)
  d <- d[d != 0]
  if (!length(d)) return(1)
  exact <- length(d) <= 20 && !anyDuplicated(abs(d))
  suppressWarnings(wilcox.test(d, exact = exact, correct = TRUE)$p.value)
}
replications <- function(s, h) {
  if (is.na(s) || !(h > 0)) return(NA)
  # Every n below (z s / h)^2 fails (t exceeds z), so trying each n from there on is still exhaustive.
  n <- max(2, floor((qnorm(0.975) * s / h)^2))
  while (qt(0.975, n - 1) * s / sqrt(n) > h) n <- n + 1
  n
}
effects_tool <- an("effects.csv")
for (p in points) {
  for (o in unique(effects_tool$outcome)) {
    e <- effects_tool[effects_tool$point == p & effects_tool$outcome == o, ]
    if (!nrow(e)) next
    a <- value(baseline, p, o)
    pvalues <- c()
    for (i in seq_len(nrow(e))) {
      b <- value(e$variant[i], p, o)
      keep <- intersect(names(a)[!is.na(a)], names(b)[!is.na(b)])
      d <- b[keep] - a[keep]
      key <- paste(e$variant[i], p, o)
      check("paired_pairs", key, e$pairs[i], length(d))
      if (length(d) < 2) next
      check("paired_t", key, e$difference[i], mean(d))
      if (sd(d) > 0) {
        ci <- t.test(b[keep], a[keep], paired = TRUE)$conf.int
        check("paired_t", key, e$ci_low[i], ci[1])
        check("paired_t", key, e$ci_high[i], ci[2])
      }
      # Differences within floating-point noise of the values themselves are zero: R's per-run
      # Aalen-Johansen estimates of two runs with the same events for a cause can differ in the
      # last bits (the other causes' events enter the sums in another order), where the tool's are equal.
      d[abs(d) <= 1e-12 * max(abs(c(a[keep], b[keep])))] <- 0
      pvalues[i] <- signed_rank_p(d)
      check("signed_rank", key, e$wilcoxon_p[i], pvalues[i])
      need <- replications(sd(d), PRECISION * abs(mean(a[keep])))
      check("replications_needed", key, e$replications_needed[i], need)
    }
    if (length(pvalues) == nrow(e)) {
      holm <- p.adjust(pvalues, "holm")
      for (i in seq_len(nrow(e))) check("holm", paste(e$variant[i], p, o), e$holm_p[i], holm[i])
    }
  }
}

## Burnout: exact Poisson (poisson.test) and quasi-Poisson (glm) intervals per 100 mentor-years.
burnout <- an("burnout.csv")
for (i in seq_len(nrow(burnout))) {
  b <- burnout[i, ]
  rows <- runs$variant == b$variant & as.character(runs$point) == as.character(b$point) & runs$mentor_years > 0
  k <- runs$burnout_episodes[rows]
  exposure <- runs$mentor_years[rows]
  key <- paste(b$variant, b$point)
  exact <- 100 * poisson.test(sum(k), sum(exposure))$conf.int
  check("poisson_interval", key, b$poisson_ci_low, exact[1])
  check("poisson_interval", key, b$poisson_ci_high, exact[2])
  if (length(k) >= 2 && sum(k) > 0) {
    g <- glm(k ~ 1 + offset(log(exposure)), family = quasipoisson, control = glm.control(epsilon = 1e-14))
    phi <- summary(g)$dispersion
    half <- qt(0.975, length(k) - 1) * sqrt(max(1, phi) / sum(k))
    check("quasi_poisson", key, b$dispersion, phi)
    check("quasi_poisson", key, b$per_100_mentor_years, 100 * exp(coef(g)[[1]]))
    check("quasi_poisson", key, b$ci_low, 100 * exp(coef(g)[[1]] - half))
    check("quasi_poisson", key, b$ci_high, 100 * exp(coef(g)[[1]] + half))
  }
}

## Weekly bands: t intervals of the stage shares over replicates, clipped to [0, 1].
bands <- an("weekly_bands.csv")
stages <- c("referred", "seeking", "in_placement", "employed", "out_of_work",
            "disability_benefit", "aap", "education", "work_without_nav", "other")
w0 <- weekly[as.character(weekly$point) == as.character(points[1]), ]
for (v in variants) {
  wv <- w0[w0$variant == v, ]
  referred <- rowSums(wv[, stages])
  for (stage in c("employed", "disability_benefit")) {
    share <- ifelse(referred == 0, 0, wv[[stage]] / referred)
    for (week in c(0, 10, 60, 130, horizon - 1)) {
      x <- share[wv$week == week]
      t <- bands[bands$variant == v & bands$week == week & bands$series == paste0("share_", stage), ]
      ci <- if (sd(x) > 0) t.test(x)$conf.int else c(mean(x), mean(x))
      key <- paste(v, stage, "week", week)
      check("weekly_band", key, t$mean, mean(x))
      check("weekly_band", key, t$ci_low, max(0, ci[1]))
      check("weekly_band", key, t$ci_high, min(1, ci[2]))
    }
  }
}
share_rows <- startsWith(bands$series, "share_")
check("weekly_band_range", "shares inside [0, 1]", sum(bands$ci_low[share_rows] < 0 | bands$ci_high[share_rows] > 1, na.rm = TRUE), 0)

for (s in names(counts)) cat("count", s, counts[[s]], "\n")
cat("mismatches", mismatches, "\n")
quit(status = if (mismatches > 0) 1 else 0)
