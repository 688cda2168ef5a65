#!/usr/bin/env bash
# Starts a single-node SLURM cluster on localhost for the SLURM end-to-end test.
# Usage: source .ci/slurm-up.sh   (exports SLURM_CONF; stop it with .ci/slurm-down.sh)
# Needs the Debian packages slurmctld slurmd slurm-client munge, and root.
set -euo pipefail
SLURM_DIR="${SLURM_DIR:-/tmp/inclusim-slurm}"
mkdir -p "$SLURM_DIR/state" "$SLURM_DIR/spool" /run/munge
chown munge:munge /run/munge
# A socket file alone does not mean munged runs: /run may outlive the daemon (a machine image
# taken while munged ran keeps a dead socket), and then every SLURM call fails on authentication
# while sinfo retries for minutes. So ask munged itself, and start it when it does not answer.
munge_answers() { munge -n 2> /dev/null | unmunge > /dev/null 2>&1; }
if ! munge_answers; then
    pkill -x munged 2> /dev/null || true
    rm -f /run/munge/munge.socket.2 /run/munge/munge.socket.2.lock /run/munge/munged.pid
    runuser -u munge -- /usr/sbin/munged --force
    for _ in $(seq 1 50); do munge_answers && break; sleep 0.1; done
    munge_answers || { echo "munged did not start"; exit 1; }
fi
cat > "$SLURM_DIR/slurm.conf" <<CONF
ClusterName=inclusim
SlurmctldHost=localhost
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=$SLURM_DIR/state
SlurmdSpoolDir=$SLURM_DIR/spool
SlurmctldPidFile=$SLURM_DIR/slurmctld.pid
SlurmdPidFile=$SLURM_DIR/slurmd.pid
SlurmctldLogFile=$SLURM_DIR/slurmctld.log
SlurmdLogFile=$SLURM_DIR/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
ReturnToService=2
SchedulerParameters=batch_sched_delay=0
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$SLURM_DIR/slurm.conf"
# Daemons left from an earlier session keep running; state from a dead cluster is dropped.
if ! pgrep -x slurmctld > /dev/null; then
    rm -rf "${SLURM_DIR:?}/state"/*
    /usr/sbin/slurmctld -f "$SLURM_CONF"
fi
pgrep -x slurmd > /dev/null || /usr/sbin/slurmd -f "$SLURM_CONF" -N localhost
# Each probe is bounded, so a cluster that cannot come up fails here in about a minute.
for _ in $(seq 1 60); do
    if timeout 5 sinfo -h -o '%t' 2>/dev/null | grep -q idle; then
        echo "slurm: node idle (SLURM_CONF=$SLURM_CONF)"
        break
    fi
    sleep 0.5
done
timeout 5 sinfo -h -o '%t' | grep -q idle || { echo "slurm did not come up"; cat "$SLURM_DIR"/*.log; exit 1; }
