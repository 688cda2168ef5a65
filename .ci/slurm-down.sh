#!/usr/bin/env bash
# Stops the single-node SLURM cluster started by .ci/slurm-up.sh.
SLURM_DIR="${SLURM_DIR:-/tmp/inclusim-slurm}"
export SLURM_CONF="$SLURM_DIR/slurm.conf"
scontrol shutdown > /dev/null 2>&1 || true
for daemon in slurmd slurmctld munged; do
    pkill -x "$daemon" 2> /dev/null || true
    for _ in $(seq 1 50); do pgrep -x "$daemon" > /dev/null || break; sleep 0.1; done
done
