#!/usr/bin/env bats
# The recipes that make a --like file from what researchers already have:
# a Zotero library exported as CSL JSON, converted by jq; a BibTeX file
# (Zotero, Better BibTeX, Google Scholar and arXiv all export it), turned
# into CSL JSON by pandoc's BibTeX reader and then converted by the same
# jq.  Each recipe runs exactly as written below (the README's text) on
# real exports saved in fixtures/ (where they come from and what was cut:
# fixtures/SOURCES-like-recipes.md), and its output must equal the saved
# TSV byte for byte.  The saved TSVs were checked by eye against the
# exports; the "by eye" tests below keep the checks that were made.  papers
# must read every converted line as a record, silently.  A recipe's test is
# skipped, saying so, where jq or pandoc is missing; the tests that read
# the saved TSVs need neither.  The expected BibTeX conversions were made
# with Debian 12's pandoc 2.17.1.1 and jq 1.6 (jq 1.5's @tsv does not
# escape newlines: 1.6 or later is needed).

load test_helper

# The jq program both recipes share.  One record per entry with a title
# (an entry without one is skipped: papers would report it).
#   date      issued, as YYYY-MM-DD only when year, month and day are all
#             there (numbers or numeric strings); else empty, which papers
#             reads as undated
#   title     CSL's rich-text tags (<i> <b> <sub> <sup> <span>) removed
#   link      URL; else the DOI as https://doi.org/DOI (a DOI written as a
#             doi.org address or with "doi:" is taken as it is); else, for
#             an arXiv paper (number, note or container-title "arXiv:ID"),
#             https://arxiv.org/abs/ID; else empty
#   abstract  as title
#   authors   ", "-separated; a name is its literal, or given, particles,
#             family and suffix joined by spaces
#   categories, popularity: empty
# @tsv writes TAB, newline, CR and backslash inside a field as \t \n \r \\.
CSL_JQ='
  def name: .literal // ([.given, ."dropping-particle", ."non-dropping-particle",
    .family, .suffix] | map(strings) | join(" "));
  def date: [(.issued."date-parts"[0][])? | tostring | if length == 1 then "0" + . else . end] |
    join("-") | if test("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$") then . else "" end;
  def arxiv: [.number, .note, ."container-title" | strings |
    capture("arxiv: ?(?<id>[0-9]{4}\\.[0-9]{4,5}|[a-z-]+(\\.[a-z]{2})?/[0-9]{7})"; "i").id][0];
  def link: if (.URL // "") != "" then .URL
    elif (.DOI // "") != "" then "https://doi.org/" + (.DOI | sub("^(https?://(dx\\.)?doi\\.org/|doi:)"; ""; "i"))
    elif arxiv then "https://arxiv.org/abs/" + arxiv
    else "" end;
  def text: gsub("</?(i|b|sub|sup|span)( [^>]*)?>"; "");
  .[] | select(.title // "" | test("\\S")) |
  [date, (.title | text), link, (.abstract // "" | text),
   ([.author[]? | name | select(. != "")] | join(", ")), "", ""] | @tsv
'

# The two recipes, word for word.
CSL_RECIPE="jq -r '$CSL_JQ' library.json >> ~/.papers-liked"
BIB_RECIPE="pandoc -f bibtex -t csljson refs.bib | jq -r '$CSL_JQ' >> ~/.papers-liked"

# cook RECIPE FILE NAME: runs RECIPE in $T, with FILE copied there as NAME
# and $T as HOME, so the records land in $T/.papers-liked.  The
# recipe must succeed and print nothing (no warning from pandoc or jq).
cook() {
	cp "$2" "$T/$3"
	run -0 env HOME="$T" bash -c "cd '$T' && $1"
	[ "$output" = "" ]
}

# --- the recipes on the saved exports ---

@test "CSL JSON recipe: Zotero's own CSL JSON export gives the saved TSV" {
	command -v jq >/dev/null || skip "jq is not installed"
	cook "$CSL_RECIPE" "$FIX/like-zotero.json" library.json
	run -0 diff -u "$FIX/like-zotero.tsv" "$T/.papers-liked"
}

@test "CSL JSON recipe: Better BibTeX's CSL JSON export gives the saved TSV" {
	command -v jq >/dev/null || skip "jq is not installed"
	cook "$CSL_RECIPE" "$FIX/like-zotero-bbt.json" library.json
	run -0 diff -u "$FIX/like-zotero-bbt.tsv" "$T/.papers-liked"
}

@test "BibTeX recipe: a Better BibTeX export (LaTeX escapes) gives the saved TSV" {
	command -v pandoc >/dev/null || skip "pandoc is not installed"
	command -v jq >/dev/null || skip "jq is not installed"
	cook "$BIB_RECIPE" "$FIX/like-export.bib" refs.bib
	run -0 diff -u "$FIX/like-export.tsv" "$T/.papers-liked"
}

@test "BibTeX recipe: Zotero's own BibTeX export (UTF-8) gives the saved TSV" {
	command -v pandoc >/dev/null || skip "pandoc is not installed"
	command -v jq >/dev/null || skip "jq is not installed"
	cook "$BIB_RECIPE" "$FIX/like-export-zotero.bib" refs.bib
	run -0 diff -u "$FIX/like-export-zotero.tsv" "$T/.papers-liked"
}

@test "the recipes append: a second export adds its records after the first" {
	command -v pandoc >/dev/null || skip "pandoc is not installed"
	command -v jq >/dev/null || skip "jq is not installed"
	cook "$CSL_RECIPE" "$FIX/like-zotero.json" library.json
	cook "$BIB_RECIPE" "$FIX/like-export-zotero.bib" refs.bib
	run -0 bash -c "cat '$FIX/like-zotero.tsv' '$FIX/like-export-zotero.tsv' | cmp - '$T/.papers-liked' && papers -c < '$T/.papers-liked'"
	[ "$output" = "30" ]
}

# Constructed input, not an export: the cases the saved exports lack.
@test "CSL JSON recipe: newlines, TABs, string dates, DOI addresses, arXiv IDs, no title" {
	command -v jq >/dev/null || skip "jq is not installed"
	cat >"$T/made.json" <<'EOF'
[
 {"title": "Two\nlines", "abstract": "a\tb\\c\r", "issued": {"date-parts": [["2021", "3", "4"]]},
  "DOI": "https://doi.org/10.1/X", "author": [{"literal": "A Team"}, {"family": "Solo"}]},
 {"title": "Preprint", "number": "arXiv:2106.09685", "issued": {"date-parts": [[2021, 6]]}},
 {"title": "Old preprint", "note": "arXiv: hep-th/9901001", "issued": "2020"},
 {"title": "Particles", "DOI": "doi:10.2/Y", "issued": {"date-parts": [[2019, 13, 1]]},
  "author": [{"given": "Ana", "dropping-particle": "de la", "family": "Fuente"},
   {"given": "Jan", "non-dropping-particle": "van", "family": "Leeuwen", "suffix": "Jr."}]},
 {"title": " ", "abstract": "a title of spaces"},
 {"abstract": "no title at all"}
]
EOF
	cook "$CSL_RECIPE" "$T/made.json" library.json
	run -0 cat "$T/.papers-liked"
	[ "${lines[0]}" = $'2021-03-04\tTwo\\nlines\thttps://doi.org/10.1/X\ta\\tb\\\\c\\r\tA Team, Solo\t\t' ]
	[ "${lines[1]}" = $'\tPreprint\thttps://arxiv.org/abs/2106.09685\t\t\t\t' ]
	[ "${lines[2]}" = $'\tOld preprint\thttps://arxiv.org/abs/hep-th/9901001\t\t\t\t' ]
	[ "${lines[3]}" = $'\tParticles\thttps://doi.org/10.2/Y\t\tAna de la Fuente, Jan van Leeuwen Jr.\t\t' ]
	[ "${#lines[@]}" = 4 ]
	run -0 --separate-stderr papers -f '%d|%t|%a|%A' < "$T/.papers-liked"
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "2021-03-04|Two lines|a b\\c|A Team, Solo" ]
}

# --- papers on the saved conversions (no converter needed) ---

@test "papers reads every converted line as a record, without a word on stderr" {
	for f in like-zotero like-zotero-bbt like-export like-export-zotero; do
		run -0 --separate-stderr papers -r < "$FIX/$f.tsv"
		[ "$stderr" = "" ]
		[ "$output" = "$(cat "$FIX/$f.tsv")" ]
	done
}

@test "papers -c counts one record per entry with a title" {
	# 18 entries, of which 2 have no title (dropped by the recipe)
	run -0 --separate-stderr papers -c < "$FIX/like-zotero.tsv"
	[ "$output" = "16" ]
	[ "$stderr" = "" ]
	# 19 entries, all titled
	run -0 --separate-stderr papers -c < "$FIX/like-zotero-bbt.tsv"
	[ "$output" = "19" ]
	[ "$stderr" = "" ]
	# 25 entries, all titled
	run -0 --separate-stderr papers -c < "$FIX/like-export.tsv"
	[ "$output" = "25" ]
	[ "$stderr" = "" ]
	# 14 entries, all titled
	run -0 --separate-stderr papers -c < "$FIX/like-export-zotero.tsv"
	[ "$output" = "14" ]
	[ "$stderr" = "" ]
}

# --- by eye: fields of the saved TSVs checked against the exports ---

@test "by eye: Zotero's CSL JSON - string date parts, literal names, links, non-ASCII" {
	z=$FIX/like-zotero.tsv
	# "date-parts": [["2003", 1, 16]] (a string year) is a full date
	run -0 papers -t -f '%d|%l|%A' 'Electronic marketplaces'  < "$z"
	[ "$output" = "2003-01-16|http://www.sciencedirect.com/science/article/pii/S0377221702003946|Martin Grieger" ]
	# [["2020", 8]]: no day, so no date; URL wins over DOI
	run -0 papers -t -f '[%d]|%l' 'Revenue-sharing between developers' < "$z"
	[ "$output" = "[]|https://linkinghub.elsevier.com/retrieve/pii/S0377221720307499" ]
	# {"literal": "Apple"}; no URL and no DOI: no link
	run -0 papers -t -f '%A|[%l]' 'App Store' < "$z"
	[ "$output" = "Apple|[]" ]
	# a DOI and no URL: the doi.org address
	run -0 papers -t -f '%l|%A' 'asymmetric production cost' < "$z"
	[ "$output" = "https://doi.org/10.1111/j.1937-5956.2011.01258.x|M. Çakanyildirim, Q. Feng, X. Gan, S.P. Sethi" ]
	run -0 papers -t -f '%A' 'Citation analysis' < "$z"
	[ "$output" = "B. Hjørland" ]
	# "germ" has no author and no date (the two untitled entries are gone:
	# see the count above)
	run -0 papers -t -f '%t|[%A]|[%d]' -w germ < "$z"
	[ "$output" = "germ|[]|[]" ]
}

@test "by eye: Better BibTeX's CSL JSON - newline in an abstract, umlauts, literals" {
	z=$FIX/like-zotero-bbt.tsv
	run -0 papers -t -f '%d|%A' 'OCCASION' < "$z"
	[ "$output" = "2010-12-01|Niels Schütze, Gerd H. Schmitz" ]
	# the abstract starts "Abstract\n            A volume-area": @tsv wrote \n
	run -0 bash -c "papers -r -t 'Volume-area scaling' < '$z' | cut -f4 | cut -c1-30"
	[ "$output" = 'Abstract\n            A volume' ]
	run -0 papers -t -f '%A' 'High Mountain Areas' < "$z"
	[ "$output" = "R., G. Rasul, C. Adler, B. Cáceres, S. Gruber, Y. Hirabayashi, M. Jackson, A. Kääb, S. Kang, S. Kutuzov, Al Milner, U. Molau, S. Morin, B. Orlove, H. Steltzer Hock" ]
	# no issued at all, and [[2018]]: no date
	run -0 papers -t -f '[%d]|%A' '2007_ingvar' 'Guide to Instruments' < "$z"
	[ "$output" = $'[]|Ingvar Tveiten\n[]|WMO' ]
}

@test "by eye: pandoc 2.17 on Better BibTeX's LaTeX escapes" {
	x=$FIX/like-export.tsv
	# Cvitanovi{\'c}, Sebasti{\'a}n, {\v C}aslav, Lo{\"i}ck, Dolinsk{\'y} J{\'a}n
	run -0 papers -t -f '%A' 'Fractional Hall' 'Echo State Property' Erratum Denumerable 'Echo-state Networks' < "$x"
	[ "${lines[0]}" = "Sebastián Basterrech" ]
	[ "${lines[1]}" = "Časlav Brukner, Anton Zeilinger" ]
	[ "${lines[2]}" = "Gabriela Ciuperca, Valerie Girardin, Loïck Lhote" ]
	[ "${lines[3]}" = "Predrag Cvitanović" ]
	[ "${lines[4]}" = "Ján Dolinský, Kei Hirose, Sadanori Konishi" ]
	# {{M{\'e}todos Matem{\'a}ticos de la F{\'i}sica}}; Mar{\i}n is a dotless i
	run -0 papers -t -f '%t|%A' 'Matem' < "$x"
	[ "$output" = "Métodos Matemáticos de la Física|Jose Marın Antuna" ]
	# {van Leeuwen}: a particle
	run -0 papers -t -f '%A' 'Lecture Notes' < "$x"
	[ "$output" = "Gerhard Goos, Juris Hartmanis, Jan van Leeuwen, David Hutchison, Takeo Kanade, Josef Kittler, Jon M Kleinberg, Alfred Kobsa, Friedemann Mattern, John C Mitchell, Moni Naor, Oscar Nierstrasz, C Pandu Rangan, Bernhard Steffen" ]
	# --- became an em dash, ``'' curly quotes, and the apostrophe curly too
	run -0 papers -f '%l' 'simplicity—minimal structure or memory—at' < "$x"
	[ "$output" = "https://arxiv.org/abs/1602.08646" ]
	run -0 papers -f '%l' 'to the “elegance” of' < "$x"
	[ "$output" = "https://arxiv.org/abs/1602.08646" ]
	run -0 papers -f '%l' 'A system’s apparent' < "$x"
	[ "$output" = "https://arxiv.org/abs/1602.08646" ]
	run -1 papers "A system's apparent" < "$x"
	[ "$output" = "" ]
	# eprint + archiveprefix = {arXiv}: pandoc makes the URL, before the DOI
	run -0 papers -t -f '%l' 'Echo-state Networks' < "$x"
	[ "$output" = "https://arxiv.org/abs/1110.4304" ]
	# year and month only: no date anywhere in a BibTeX conversion
	run -0 bash -c "cut -f1 '$x' | sort -u"
	[ "$output" = "" ]
}

@test "by eye: what pandoc 2.17 loses or changes in the Better BibTeX export" {
	x=$FIX/like-export.tsv
	# English titles are put in sentence case, braced words kept
	run -0 papers -t -f '%t' 'chaotic data' < "$x"
	[ "$output" = "The analysis of observed chaotic data in physical systems" ]
	# 2{\texttimes}2 matrix: the times sign is dropped
	run -0 papers -f '%l' 'inequality for a 22 matrix' < "$x"
	[ "$output" = "https://doi.org/10.5373/jaram.412.041910" ]
	# {\textsuperscript{{$\infty$}}}: <sup> removed by the recipe, TeX kept
	run -0 papers -t -f '%t' 'Denjoy' < "$x"
	[ "$output" = 'A C\infty Denjoy counterexample' ]
	# structures{\emph{via}}: <i> removed (no space in the export either);
	# ∊-Machine~Spectral: the tie became a no-break space (U+00A0)
	run -0 papers -t -f '%t' 'close-packed' < "$x"
	[ "$output" = "Inferring planar disorder in close-packed structuresvia∊-machine"$'\xc2\xa0'"spectral reconstruction theory: Examples from simulated diffraction patterns" ]
	# howpublished = {https://chatgpt.com} is not a link to pandoc
	run -0 papers -t -f '%t|[%l]|[%A]' -w ChatGPT < "$x"
	[ "$output" = "ChatGPT|[]|[]" ]
}

@test "by eye: pandoc 2.17 on Zotero's own BibTeX export" {
	x=$FIX/like-export-zotero.tsv
	# Rosé, Łukasz, Dessì: UTF-8 in the export, kept
	run -0 papers -t -f '%A' 'Translational NLP' 'Discrete Autoencoders' 'Focus on What' < "$x"
	[ "${lines[0]}" = "Łukasz Kaiser, Samy Bengio" ]
	[ "${lines[1]}" = "Denis Newman-Griffis, Jill Fain Lehman, Carolyn Rosé, Harry Hochheiser" ]
	[ "${lines[2]}" = "Roberto Dessì, Diane Bouchacourt, D. Crepaldi, Marco Baroni" ]
	# " -- " became an en dash
	run -0 papers -f '%t' 'two communication protocols – one grounded' < "$x"
	[ "$output" = "Emergent Communication through Negotiation" ]
	# {\textbackslash}emph\{...\} is TeX text again, escaped by @tsv
	run -0 bash -c "papers -r -t 'Compositionality and Generalization' < '$x' | cut -f4 | grep -o 'known as ..emph{compositionality}'"
	[ "$output" = 'known as \\emph{compositionality}' ]
	# {\textless}p{\textgreater} is a literal <p>, which the recipe keeps
	run -0 bash -c "papers -r -t 'color-naming' < '$x' | cut -f4 | cut -c1-9"
	[ "$output" = "<p>Words " ]
	# α- {Rank}: the first letter capitalised, to a Greek capital alpha
	run -0 papers -t -f '%t' 'Rank: Multi-Agent' < "$x"
	[ "$output" = "Α- Rank: Multi-Agent Evaluation by Evolution" ]
}

@test "the README gives the jq program and both recipes as tested here" {
	readme=$BATS_TEST_DIRNAME/../README
	while IFS= read -r line; do
		[ -z "$line" ] || grep -q -F -x -- "    $line" "$readme" ||
			{ echo "not in README: $line"; return 1; }
	done <<<"$CSL_JQ"
	grep -q -F -x -- "    ' library.json >> ~/.papers-liked" "$readme"
	grep -q -F -x -- "    pandoc -f bibtex -t csljson refs.bib | jq -r '…the same program…' \\" "$readme"
}
