#!/usr/bin/env bash
# How the showcase's five sources were ingested: the editor's `sourcebook add` commands, with
# the title, outlet and date each text states or an editor can tell from it (see README.md).
# Run from the repository root with the seeds beside it: scripts/add-showcase-sources.sh
set -euo pipefail
seeds=${1:-../shared/seeds}
add() { cargo run --release --quiet -- add "$@"; }
add "$seeds/000_1f5b1b5e62bd7133.txt" --id supreme-court-lifts-ban \
  --title "Russia's Supreme Court lifts the Taliban's terrorist designation" --published 2025-04
add "$seeds/001_4f0f0165d2973e7e.txt" --id delisting-motivations \
  --title "Russia's decision to delist the Taliban: motivations and implications" --published 2025-05
add "$seeds/002_a4725ca1221cdf27.txt" --id reasons-and-implications \
  --title "Russia lifts its ban on the Taliban: reasons and implications" --published 2025
add "$seeds/003_295dd168d95112c3.txt" --id moscow-times-delisting \
  --title "Russia removes the Taliban from its list of terrorist organizations" \
  --outlet "The Moscow Times" --published 2025-04-17
add "$seeds/004_3f390a7f054db8ab.txt" --id alwaght-kremlin-seeking \
  --title "Taliban No More on Russian Terror List: What’s Kremlin Seeking?" \
  --outlet "Alwaght" --published 2025-04-21
