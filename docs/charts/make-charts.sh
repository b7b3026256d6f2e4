#!/bin/sh
# Writes the chart examples of this folder with the app's own export-chart, from a library
# made for them: the built-in NVIDIA figures, and two fictional companies from the company
# facts fixtures (tests/data/companyfacts, fixtures in EDGAR's format, not downloads) with
# the made-up product disclosures of orcd-products.csv.
# Usage: docs/charts/make-charts.sh BUILD_DIR   (run from the repository's root)
set -eu
app="$1/app/earnings-reader"
here="$(dirname "$0")"
facts="$here/../../tests/data/companyfacts"
library="$(mktemp -d)/charts.sqlite"
run() { "$app" --library "$library" "$@"; }
run install-sample
run import-financials "$facts/CIK0009990001.json" --company ORCD
run import-financials "$facts/CIK0009990003.json" --company PNWD
run import-financials "$here/orcd-products.csv"
for chart in revenue margin product; do
    run export-chart "$chart" --company NVDA --size 1600x1000 --out "$here/$chart.png"
done
for chart in revenue margin; do
    run export-chart "$chart" --company PNWD --size 1600x1000 --out "$here/pnwd-$chart.png"
done
for chart in revenue margin product; do
    run export-chart "$chart" --company ORCD --size 1600x1000 --out "$here/orcd-$chart.png"
done
rm -r "$(dirname "$library")"
