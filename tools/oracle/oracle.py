#!/usr/bin/env python3
"""The generator oracle (issue #17): builds the bundled sample sites and the fixtures of real site shapes with
their real generators and writes, per post page, the source file, URL, heading ids and built path to
src/test/resources/oracle/<site>.tsv; for a fixture also <fixture>.broken.tsv: every internal link, image and
anchor the build left broken, and every probe (a post of probes/<fixture>/) that made the generator stop.

OracleTest and OracleFixturesTest compare `postwright list` and `check` with those files, so `mvn verify` needs no
generator. Run this again when a sample site or a fixture changes, and commit what the generators produced.

Needs: hugo and jekyll (Debian: apt-get install -y hugo jekyll), node and npm (Astro 5 comes from npm). The sites
build with this folder's minimal page templates (hugo/, jekyll/, astro/), layered over a temporary copy of each
site, never over assets/.

Fixtures (src/test/resources/oracle/fixtures/<name>/) are whole sites with their own minimal templates; each is
built as it stands, then once more per probe with that one probe file added: a probe must stop the build (the
generator's own error is recorded), or its broken links must show in the output.

How to re-run, what each output holds and what the generators said: tools/oracle/README.md.

Usage: tools/oracle/oracle.py [--work DIR] [SITE...]
  SITE: astro, hugo, jekyll (the sample sites), astro-posts, astro-url-base, hugo-shapes, jekyll-shapes
  (default: all). Last run with Hugo 0.111.3 and Jekyll 4.3.1 (Debian bookworm packages), Astro 5.18.2 from npm
  on Node 20.
"""
import argparse
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OUT = REPO / "src/test/resources/oracle"
SITES = {"astro": "assets/sample-site", "hugo": "assets/hugo-site", "jekyll": "assets/jekyll-site"}
ASTRO_PACKAGES = ["astro@5.18.2", "remark-toc@9", "remark-collapse@0.1"]
FIXTURES_DIR = OUT / "fixtures"
PROBES_DIR = OUT / "probes"
FIXTURES = {"astro-posts": "astro", "astro-url-base": "astro", "hugo-shapes": "hugo", "jekyll-shapes": "jekyll"}

SOURCE = re.compile(r'<meta name="postwright-source" content="([^"]*)"')
CONTENT = re.compile(r"<main id=\"oracle-content\">(.*)</main>", re.S)
HEADING = re.compile(r"<h[1-6]\b[^>]*?\sid=\"([^\"]*)\"", re.I)


def run(cmd, cwd):
    print("+ " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True)


def output(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()


def fresh_copy(site, dest, keep=()):
    """The site's files in dest (what is in `keep`, such as node_modules, stays), then this tool's overlay."""
    dest.mkdir(parents=True, exist_ok=True)
    for child in dest.iterdir():
        if child.name not in keep:
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
    shutil.copytree(REPO / SITES[site], dest, dirs_exist_ok=True)


def overlay(site, dest):
    shutil.copytree(HERE / site, dest, dirs_exist_ok=True)


def build_hugo(work):
    src, out = work / "hugo", work / "hugo-out"
    fresh_copy("hugo", src)
    overlay("hugo", src)
    shutil.rmtree(out, ignore_errors=True)
    run(["hugo", "--buildDrafts", "--buildFuture", "--buildExpired", "--destination", str(out)], src)
    return out, output(["hugo", "version"])


def build_jekyll(work):
    src, out = work / "jekyll", work / "jekyll-out"
    fresh_copy("jekyll", src)
    overlay("jekyll", src)
    shutil.rmtree(out, ignore_errors=True)
    run(["jekyll", "build", "--drafts", "--unpublished", "--future", "--config", "_config.yml,_oracle.yml",
         "--destination", str(out)], src)
    return out, output(["jekyll", "--version"])


def build_astro(work):
    # the output stays inside the project: Astro runs its prerender chunks from there and they import node_modules
    src = work / "astro"
    out = src / "dist"
    fresh_copy("astro", src, keep=("node_modules", "package.json", "package-lock.json"))
    # the site's own package.json and config pull in its theme's styling; the oracle needs Astro and remark only
    (src / "astro.config.mjs").unlink()
    for name in ("package.json", "package-lock.json"):
        if (REPO / SITES["astro"] / name).exists() and not (src / "node_modules").exists():
            (src / name).unlink(missing_ok=True)
    overlay("astro", src)
    if not (src / "node_modules" / "astro").exists():
        (src / "package.json").write_text('{"name": "postwright-oracle-astro", "private": true, "type": "module"}\n')
        run(["npm", "install", "--no-audit", "--no-fund"] + ASTRO_PACKAGES, src)
    # Astro 5 fails the build on a public/ path where the schema says image() (issue #17 case 5, ogImage.missing);
    # a full URL is the documented fix and changes no URL or heading id.
    tiny = src / "src/data/blog/tiny-tools-for-notes.md"
    tiny.write_text(tiny.read_text().replace("ogImage: /images/", "ogImage: https://fieldnotes.example.org/images/"))
    shutil.rmtree(out, ignore_errors=True)
    run(["node", "node_modules/astro/astro.js", "build"], src)
    return out, "astro " + output(["node", "-p", "require('" + str(src / "node_modules/astro/package.json") + "').version"])


def url_of(built):
    path = "/" + built
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def extract(out):
    rows = []
    for page in sorted(out.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        source = SOURCE.search(text)
        if not source:
            continue
        body = CONTENT.search(text)
        ids = sorted({html.unescape(i) for i in HEADING.findall(body.group(1) if body else "")})
        built = page.relative_to(out).as_posix()
        rows.append((html.unescape(source.group(1)), url_of(built), ",".join(ids), built))
    return sorted(rows)


# ---- fixtures of real site shapes ----

EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//)", re.I)
REFERENCE = re.compile(r"<(a|img)\b[^>]*?\s(href|src)=\"([^\"]*)\"", re.I)
ERROR_LINE = re.compile(r"^\[[A-Za-z]+\]|error|Error|ERROR|Liquid Exception|Could not find")
SUMMARY_LINE = re.compile(r"Build failed in|^\d\d:\d\d:\d\d \[ERROR\] \[vite\]$")


def node_modules(work):
    """Astro and its remark plugins, installed once in work/npm and linked into every Astro build."""
    npm = work / "npm"
    if not (npm / "node_modules" / "astro").exists():
        npm.mkdir(parents=True, exist_ok=True)
        (npm / "package.json").write_text('{"name": "postwright-oracle-astro", "private": true, "type": "module"}\n')
        run(["npm", "install", "--no-audit", "--no-fund"] + ASTRO_PACKAGES, npm)
    return npm / "node_modules"


def build_fixture(kind, src, out, work):
    """Builds the site in src into out with its generator; returns the generator's version and its output."""
    if kind == "hugo":
        cmd = ["hugo", "--buildDrafts", "--buildFuture", "--buildExpired", "--destination", str(out)]
        version = output(["hugo", "version"])
    elif kind == "jekyll":
        cmd = ["jekyll", "build", "--drafts", "--unpublished", "--future", "--destination", str(out)]
        version = output(["jekyll", "--version"])
    else:
        modules = node_modules(work)
        (src / "node_modules").symlink_to(modules, target_is_directory=True)
        (src / "package.json").write_text('{"name": "postwright-oracle-fixture", "private": true, "type": "module"}\n')
        cmd = ["node", "node_modules/astro/astro.js", "build"]
        version = "astro " + output(["node", "-p", "require('" + str(modules / "astro/package.json") + "').version"])
    print("+ " + " ".join(cmd), file=sys.stderr)
    done = subprocess.run(cmd, cwd=src, capture_output=True, text=True)
    return version, done.returncode == 0, done.stdout + done.stderr


def first_error(log, roots):
    """The generator's own error line, without the build folders' paths or terminal colours."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", log)
    text = re.sub(r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d ", "", text)  # Hugo's time stamps
    for root in roots:
        text = text.replace(str(root) + "/", "").replace(str(root), ".")
    lines = [l.strip() for l in text.splitlines() if l.strip() and not SUMMARY_LINE.search(l)]
    found = next((l for l in lines if ERROR_LINE.search(l)), lines[-1] if lines else "no output")
    return re.sub(r"\s+", " ", found)[:200]


def built_file(out, path):
    """The built file a site path names, as a static server finds it; None when there is none."""
    rel = path.lstrip("/")
    candidates = [out / rel] if rel else []
    candidates += [out / rel / "index.html", out / (rel.rstrip("/") + ".html")]
    return next((c for c in candidates if c.is_file()), None)


def broken(out):
    """(source file, kind, reference as written in the page) for every internal link, image or anchor of a post
    page's content that names no built file, or no id in the page it names."""
    rows = set()
    for page in sorted(out.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        source, body = SOURCE.search(text), CONTENT.search(text)
        if not source or not body:
            continue
        page_url = url_of(page.relative_to(out).as_posix())
        for tag, attr, raw in REFERENCE.findall(body.group(1)):
            ref = html.unescape(raw)
            if not ref or EXTERNAL.match(ref):
                continue
            parts = urlsplit(urljoin(page_url, ref))
            target = page if parts.path == urlsplit(page_url).path else built_file(out, unquote(parts.path))
            kind = "image" if tag.lower() == "img" else "link"
            if target is None:
                rows.add((html.unescape(source.group(1)), kind, ref))
            elif parts.fragment and target.suffix == ".html":
                ids = set(re.findall(r"\s(?:id|name)=\"([^\"]*)\"", target.read_text(encoding="utf-8")))
                if unquote(parts.fragment) not in {html.unescape(i) for i in ids}:
                    rows.add((html.unescape(source.group(1)), "anchor", ref))
    return rows


def fixture(name, work):
    """Builds the fixture, then the fixture with each probe; writes <name>.tsv and <name>.broken.tsv."""
    kind = FIXTURES[name]
    src = work / name
    # Astro runs its prerender chunks from the output, and they import node_modules: it stays inside the project
    out = src / "dist" if kind == "astro" else work / (name + "-out")

    def fresh(probe=None):
        for d in (src, out):
            if d.is_symlink() or d.is_file():
                d.unlink()
            shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(FIXTURES_DIR / name, src)
        if probe is not None:
            (src / probe).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(PROBES_DIR / name / probe, src / probe)

    fresh()
    version, ok, log = build_fixture(kind, src, out, work)
    if not ok:
        raise RuntimeError(f"{name} does not build without its probes:\n{log}")
    rows = extract(out)
    found = [(f, k, r, "built") for f, k, r in sorted(broken(out))]
    probes = sorted(p.relative_to(PROBES_DIR / name).as_posix() for p in (PROBES_DIR / name).rglob("*") if p.is_file()) \
        if (PROBES_DIR / name).exists() else []
    for probe in probes:
        fresh(probe)
        _, ok, log = build_fixture(kind, src, out, work)
        if not ok:
            found.append((probe, "build", "", "build failed: " + first_error(log, (src, out, work))))
            continue
        mine = [(f, k, r, "built (probe)") for f, k, r in sorted(broken(out)) if f == probe]
        if not mine:
            raise RuntimeError(f"{name}: probe {probe} built and left nothing broken: it proves nothing")
        found += mine
    header = f"# fixtures/{name} built by {version} (tools/oracle/oracle.py)"
    write(name, [header, "file\turl\theadingIds\tbuiltPath"] + ["\t".join(r) for r in rows])
    write(name + ".broken", [header, "file\tkind\treference\thow"] + ["\t".join(r) for r in found])
    return rows


def write(name, lines):
    (OUT / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"oracle: wrote {OUT / (name + '.tsv')}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", default=os.environ.get("ORACLE_WORK", "/tmp/postwright-oracle"),
                        help="build folder, kept between runs (Astro's node_modules)")
    parser.add_argument("sites", nargs="*", default=list(SITES) + list(FIXTURES))
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    builders = {"astro": build_astro, "hugo": build_hugo, "jekyll": build_jekyll}
    failed = []
    for site in args.sites:
        if site in FIXTURES:
            try:
                rows = fixture(site, work)
                print(f"oracle: {site}: {len(rows)} pages", file=sys.stderr)
            except (RuntimeError, subprocess.CalledProcessError, FileNotFoundError) as e:
                print(f"oracle: {site} could not be built: {e}", file=sys.stderr)
                failed.append(site)
            continue
        try:
            out, version = builders[site](work)
        except (subprocess.CalledProcessError, FileNotFoundError) as e:
            print(f"oracle: {site} could not be built: {e}", file=sys.stderr)
            failed.append(site)
            continue
        rows = extract(out)
        lines = [f"# {SITES[site]} built by {version} with tools/oracle/{site}/ (tools/oracle/oracle.py)",
                 "file\turl\theadingIds\tbuiltPath"] + ["\t".join(r) for r in rows]
        (OUT / f"{site}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"oracle: {site}: {len(rows)} pages -> {OUT / (site + '.tsv')}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
