#!/usr/bin/env bash
# Starts a single-node SLURM cluster on localhost for the SLURM end-to-end test.
# Usage: source .ci/slurm-up.sh   (exports SLURM_CONF; stop it with .ci/slurm-down.sh)
# Needs the Debian packages slurmctld slurmd slurm-client munge, and root.
set -euo pipefail
SLURM_DIR="${SLURM_DIR:-/tmp/inclusim-slurm}"
mkdir -p "$SLURM_DIR/state" "$SLURM_DIR/spool" /run/munge
chown munge:munge /run/munge
if [ ! -S /run/munge/munge.socket.2 ]; then
    runuser -u munge -- /usr/sbin/munged --force
    for _ in $(seq 1 50); do [ -S /run/munge/munge.socket.2 ] && break; sleep 0.1; done
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
/usr/sbin/slurmctld -f "$SLURM_CONF"
/usr/sbin/slurmd -f "$SLURM_CONF" -N localhost
for _ in $(seq 1 60); do
    if sinfo -h -o '%t' 2>/dev/null | grep -q idle; then
        echo "slurm: node idle (SLURM_CONF=$SLURM_CONF)"
        break
    fi
    sleep 0.5
done
sinfo -h -o '%t' | grep -q idle || { echo "slurm did not come up"; cat "$SLURM_DIR"/*.log; exit 1; }
