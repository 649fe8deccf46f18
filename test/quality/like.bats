#!/usr/bin/env bats
# The quality bar of --like (issue 21), slow (about a minute), so not part
# of `make test` but `make quality`.  It runs
# test/tools/like-eval's protocol on real arXiv metadata and fails when
# papers' mean precision@10 or average precision falls below the Python
# reference's (tf-idf cosine with IDF over the candidates).  The corpus is
# $LIKE_CORPUS, else ../shared/data/corpus/arxiv-23k.tsv beside the
# checkout; without it the test is skipped, saying so.

load ../test_helper

@test "papers --like ranks at least as well as the tf-idf reference (like-eval --split --check)" {
	corpus=${LIKE_CORPUS:-$BATS_TEST_DIRNAME/../../../shared/data/corpus/arxiv-23k.tsv}
	[ -r "$corpus" ] || skip "no arXiv corpus at $corpus (set LIKE_CORPUS)"
	run python3 "$BATS_TEST_DIRNAME/../tools/like-eval" --split --check \
	    --only random --only keywords --only reference --only papers \
	    --papers "$PAPERS_ABS" --corpus "$corpus"
	sed 's/^/# /' <<<"$output" >&3
	[ "$status" = 0 ]
	[ "${lines[${#lines[@]} - 1]}" = "check: ok" ]
}

