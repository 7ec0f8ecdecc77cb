#!/usr/bin/env python3
"""The generator oracle (issue #17): builds the bundled sample sites with their real generators and writes, per
post page, the source file, URL, heading ids and built path to src/test/resources/oracle/<site>.tsv.

OracleTest compares `postwright list` with those files, so `mvn verify` needs no generator. Run this again when a
sample site changes, and commit what the generators produced.

Needs: hugo and jekyll (Debian: apt-get install -y hugo jekyll), node and npm (Astro 5 comes from npm). The sites
build with this folder's minimal page templates (hugo/, jekyll/, astro/), layered over a temporary copy of each
site, never over assets/.

Usage: tools/oracle/oracle.py [--work DIR] [SITE...]   SITE: astro, hugo, jekyll (default: all three)
"""
import argparse
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OUT = REPO / "src/test/resources/oracle"
SITES = {"astro": "assets/sample-site", "hugo": "assets/hugo-site", "jekyll": "assets/jekyll-site"}
ASTRO_PACKAGES = ["astro@5", "remark-toc@9", "remark-collapse@0.1"]

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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", default=os.environ.get("ORACLE_WORK", "/tmp/postwright-oracle"),
                        help="build folder, kept between runs (Astro's node_modules)")
    parser.add_argument("sites", nargs="*", default=list(SITES))
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    builders = {"astro": build_astro, "hugo": build_hugo, "jekyll": build_jekyll}
    failed = []
    for site in args.sites:
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
