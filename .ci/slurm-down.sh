#!/usr/bin/env bash
# Stops the single-node SLURM cluster started by .ci/slurm-up.sh.
SLURM_DIR="${SLURM_DIR:-/tmp/inclusim-slurm}"
export SLURM_CONF="$SLURM_DIR/slurm.conf"
scontrol shutdown > /dev/null 2>&1 || true
sleep 1
for pidfile in "$SLURM_DIR/slurmd.pid" "$SLURM_DIR/slurmctld.pid"; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2> /dev/null || true
done
pkill -x munged 2> /dev/null || true
for _ in $(seq 1 50); do pgrep -x munged > /dev/null || break; sleep 0.1; done
