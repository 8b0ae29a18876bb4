#!/usr/bin/env bash
# Executes notebooks/khabar-quickstart.ipynb headlessly on the rapaio Java kernel and fails on any
# cell error. Installs what is missing, and only that, so a second run is quick:
#   1. Debian Jupyter (jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client
#      python3-ipykernel), through apt-get (as root, or with passwordless sudo);
#   2. the rapaio-jupyter-kernel jar from Maven Central, into a cache directory, and the kernel
#      itself through the jar's own installer (java -jar ... -i -auto);
#   3. khabar-core in the local Maven repository (mvn install of core and what it needs), only
#      when that version is not there yet; pass --install-khabar to reinstall it anyway.
# Then runs `jupyter nbconvert --execute` into the output directory, retries the whole execution
# (up to 3 attempts) only when the kernel did not answer at start-up (a known start-up race of
# rapaio-jupyter-kernel 3.0.1), checks the executed notebook has tables and the timeline image,
# and exports that image as khabar-timeline.png.
#
# Environment: KHABAR_NB_OUT (output dir, default notebooks/target), KHABAR_NB_CACHE (kernel jar
# cache, default ~/.cache/khabar-notebook), KHABAR_NB_CELL_TIMEOUT (seconds per cell, default 600),
# KHABAR_NB_STARTUP_TIMEOUT (seconds for the kernel to answer, default 30), KHABAR_NB_ATTEMPTS
# (executions tried when the kernel does not start, default 3).
#
# Never link anything inside the kernel directory to the Maven repository: the kernel installer
# deletes and rewrites that directory. The notebook reads the local Maven repository as a
# file:// repository instead.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
NOTEBOOK="$HERE/khabar-quickstart.ipynb"
OUT="${KHABAR_NB_OUT:-$HERE/target}"
CACHE="${KHABAR_NB_CACHE:-$HOME/.cache/khabar-notebook}"
CELL_TIMEOUT="${KHABAR_NB_CELL_TIMEOUT:-600}"
# A healthy kernel answers within seconds; one hit by the start-up race never does, so waiting
# long only delays the retry.
STARTUP_TIMEOUT="${KHABAR_NB_STARTUP_TIMEOUT:-30}"
MAX_ATTEMPTS="${KHABAR_NB_ATTEMPTS:-3}"

RJK_VERSION=3.0.1                       # the Java 17 kernel on Maven Central
RJK_JAR="rapaio-jupyter-kernel-$RJK_VERSION.jar"
KERNEL_NAME=rapaio-jupyter-kernel       # the directory name its installer uses
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
APT_PACKAGES=(jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel)
# Debian's Jupyter runs on Debian's Python; a pyenv or venv python3 earlier on PATH would not
# see its modules.
JUPYTER=/usr/bin/jupyter
PYTHON=/usr/bin/python3

install_khabar=false
for arg in "$@"; do
  case "$arg" in
    --install-khabar) install_khabar=true ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

log() { echo "[notebook] $*" >&2; }
# Debian's Python 3.11 prints a debugger warning about frozen modules on every jupyter command.
export PYDEVD_DISABLE_FILE_VALIDATION=1
started=$SECONDS

# --- 1. Jupyter from Debian ------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    if ! sudo -n true 2>/dev/null; then
      log "FAILED: installing ${missing[*]} needs root or passwordless sudo; install them and rerun"
      exit 1
    fi
    SUDO=(sudo -n)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
log "$("$JUPYTER" nbconvert --version | sed 's/^/nbconvert /')"

# --- 2. the rapaio kernel -------------------------------------------------------------------
mkdir -p "$CACHE"
if [[ ! -s "$CACHE/$RJK_JAR" ]]; then
  log "fetching io.github.padreati:rapaio-jupyter-kernel:$RJK_VERSION from Maven Central"
  # Run outside the project so Maven does not walk the reactor.
  (cd "$CACHE" && mvn -B -q "$DEPENDENCY_PLUGIN:copy" \
      -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$RJK_VERSION" \
      -DoutputDirectory="$CACHE")
fi
kernel_dir="$("$JUPYTER" kernelspec list --json | "$PYTHON" -c '
import json, sys
specs = json.load(sys.stdin)["kernelspecs"]
print(specs.get(sys.argv[1], {}).get("resource_dir", ""))' "$KERNEL_NAME")"
if [[ -z "$kernel_dir" || ! -s "$kernel_dir/$RJK_JAR" ]]; then
  log "installing the Java kernel with its installer ($RJK_JAR -i -auto)"
  # The installer deletes and rewrites its kernel directory: nothing of ours lives there.
  (cd "$CACHE" && java -jar "$CACHE/$RJK_JAR" -i -auto)
  kernel_dir="$("$JUPYTER" kernelspec list --json | "$PYTHON" -c '
import json, sys
print(json.load(sys.stdin)["kernelspecs"][sys.argv[1]]["resource_dir"])' "$KERNEL_NAME")"
fi
log "kernel: $kernel_dir"

# --- 3. khabar in the local Maven repository ------------------------------------------------
KHABAR_VERSION="$(sed -n '/<artifactId>khabar-parent<\/artifactId>/,/<version>/ s:.*<version>\(.*\)</version>.*:\1:p' \
  "$ROOT/pom.xml" | head -1)"
[[ -n "$KHABAR_VERSION" ]] || { log "cannot read the project version from $ROOT/pom.xml"; exit 1; }
export KHABAR_VERSION
# The notebook takes the version from KHABAR_VERSION and falls back to a literal for people who
# open it by hand: keep that literal in step with the pom.
if ! grep -qF "KHABAR_VERSION\\\", \\\"$KHABAR_VERSION\\\"" "$NOTEBOOK"; then
  log "WARNING: the notebook's default khabar version is not $KHABAR_VERSION (pom.xml); update it"
fi
M2_REPO="${M2_REPO:-$HOME/.m2/repository}"
core_jar="$M2_REPO/io/khabar/khabar-core/$KHABAR_VERSION/khabar-core-$KHABAR_VERSION.jar"
if $install_khabar || [[ ! -s "$core_jar" ]]; then
  log "installing khabar $KHABAR_VERSION into $M2_REPO (mvn install -pl core -am -DskipTests)"
  (cd "$ROOT" && mvn -B -q install -DskipTests -pl core -am)
fi
log "khabar-core $KHABAR_VERSION from $M2_REPO"
# The kernel copies what it resolves into its own cache (RJK_MIMA_CACHE, relative to its
# directory) and keeps using a copied SNAPSHOT after khabar is reinstalled. Drop khabar's copies
# so the notebook loads the khabar just installed (the other cached jars stay).
mima_cache="$("$PYTHON" -c '
import json, os, sys
env = json.load(open(os.path.join(sys.argv[1], "kernel.json"))).get("env", {})
print(os.path.join(sys.argv[1], env.get("RJK_MIMA_CACHE") or "mima_cache"))' "$kernel_dir")"
rm -rf "$mima_cache/io/khabar"

# --- 4. execute ------------------------------------------------------------------------------
mkdir -p "$OUT"
executed="$OUT/khabar-quickstart.ipynb"
attempt=1
while :; do
  rm -f "$executed"
  log "executing the notebook (attempt $attempt of $MAX_ATTEMPTS)"
  run_log="$OUT/nbconvert-attempt-$attempt.log"
  set +e
  "$JUPYTER" nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name="$KERNEL_NAME" \
    --ExecutePreprocessor.timeout="$CELL_TIMEOUT" \
    --ExecutePreprocessor.startup_timeout="$STARTUP_TIMEOUT" \
    --output-dir "$OUT" --output khabar-quickstart.ipynb "$NOTEBOOK" >"$run_log" 2>&1
  status=$?
  set -e
  if ((status == 0)); then
    break
  fi
  # Retry only a kernel that never answered its kernel_info requests: no cell ran, so nothing can
  # be hidden. (In 3.0.1 the shell channel sometimes takes the first request before its handlers
  # are set and its thread dies with a NullPointerException; sometimes it polls on but never
  # receives anything.) A cell error (CellExecutionError) or a kernel that died while running a
  # cell fails at once.
  startup_failure=false
  if grep -Eq "Kernel didn't respond|Kernel died before replying to kernel_info" "$run_log" \
      && ! grep -q "CellExecutionError" "$run_log"; then
    startup_failure=true
  fi
  if $startup_failure && ((attempt < MAX_ATTEMPTS)); then
    log "the kernel did not answer at start-up (rapaio 3.0.1 start-up race); starting it again:"
    grep -E "handlers\" is null|RuntimeError" "$run_log" | sed 's/^/    /' >&2 || true
    attempt=$((attempt + 1))
    continue
  fi
  cat "$run_log" >&2
  if $startup_failure; then
    log "FAILED: the kernel did not answer at start-up in $attempt attempts"
  else
    log "FAILED: a cell raised an error (shown above); exit status $status"
  fi
  exit 1
done

# --- 5. check the outputs and export the timeline image -------------------------------------
if ! "$PYTHON" - "$executed" "$OUT/khabar-timeline.png" <<'EOF'
import base64, json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
errors, html, pngs = [], 0, []
for cell in nb["cells"]:
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            errors.append(f"{out.get('ename')}: {out.get('evalue')}")
        # The kernel reports some failures (a dependency that does not resolve) on stderr only,
        # and the cell still "succeeds". Anything on stderr fails the run, except SLF4J's notice
        # that no logging binding is present (khabar ships none, by design).
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            lines = [l for l in "".join(out.get("text", "")).splitlines()
                     if l.strip() and not l.startswith("SLF4J(")]
            if lines:
                errors.append("stderr: " + "\n    ".join(lines[:20]))
        data = out.get("data", {})
        if "<table" in "".join(data.get("text/html", "")):
            html += 1
        if "image/png" in data:
            pngs.append(data["image/png"])
if errors:
    sys.exit("executed notebook has errors:\n  " + "\n  ".join(errors))
if html < 2:
    sys.exit(f"expected the entity and event tables, found {html} HTML table(s)")
if not pngs:
    sys.exit("expected the timeline image (image/png), found none")
png = base64.b64decode("".join(pngs[-1]))
open(sys.argv[2], "wb").write(png)
print(f"[notebook] {html} HTML tables, {len(pngs)} image(s); timeline: {sys.argv[2]} ({len(png)} bytes)",
      file=sys.stderr)
EOF
then
  log "FAILED: the executed notebook ($executed) lacks what it should have (see above)"
  exit 1
fi
log "OK in $((SECONDS - started)) s: $executed"
