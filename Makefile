.POSIX:

VERSION = 2.0
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin

CC = cc
CFLAGS = -O2 -std=c99 -Wall -Wextra -pedantic
GFLAGS = -O2 -g -std=c99 -Wall -Wextra -pedantic
SANFLAGS = -O1 -g -std=c99 -Wall -Wextra -pedantic -fno-omit-frame-pointer \
	-fsanitize=address,undefined -fno-sanitize-recover=all
FUZZCC = clang
FUZZFLAGS = -O1 -g -std=c99 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all

all: papers

papers: papers.c
	$(CC) -DVERSION='"$(VERSION)"' $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ papers.c

# The test suite runs against $(PAPERS), so the same tests check any build.
# TESTS: the .bats files or directories to run (bats runs test/*.bats only,
# so nothing in test/tools is a test).
PAPERS = ./papers
TESTS = test
test: papers
	PAPERS=$(PAPERS) PAPERS_WRAP="$(PAPERS_WRAP)" bats $(BATSFLAGS) $(TESTS)

# The quality bar of --like on real arXiv metadata: slow, so apart.
quality: papers
	PAPERS=$(PAPERS) bats $(BATSFLAGS) test/quality

papers-asan: papers.c
	$(CC) $(CPPFLAGS) $(SANFLAGS) $(LDFLAGS) -o $@ papers.c

asan: papers-asan

# Optimised like papers, with symbols, for valgrind's reports.
papers-g: papers.c
	$(CC) $(CPPFLAGS) $(GFLAGS) $(LDFLAGS) -o $@ papers.c

# CI's self-check: papers with a heap-buffer-overflow planted on the
# no-match path (exit 1), built with the sanitizers; see
# test/tools/planted-fault.c.  The suite must fail against it.
papers-planted: papers.c test/tools/planted-fault.c
	$(CC) $(CPPFLAGS) $(SANFLAGS) -Dmain=papers_main $(LDFLAGS) -o $@ \
		papers.c test/tools/planted-fault.c

fuzz: test/fuzz-papers test/fuzz-seen test/fuzz-like

test/fuzz-papers: papers.c test/fuzz.c
	$(FUZZCC) $(CPPFLAGS) $(FUZZFLAGS) $(LDFLAGS) -o $@ test/fuzz.c

# CI's self-check: the filter target with a planted property violation.
test/fuzz-planted: papers.c test/fuzz.c
	$(FUZZCC) -DPLANT_PROPERTY_BUG $(CPPFLAGS) $(FUZZFLAGS) $(LDFLAGS) -o $@ test/fuzz.c

fuzz-planted: test/fuzz-planted

test/fuzz-seen: papers.c test/fuzz.c
	$(FUZZCC) -DFUZZ_SEEN $(CPPFLAGS) $(FUZZFLAGS) $(LDFLAGS) -o $@ test/fuzz.c

test/fuzz-like: papers.c test/fuzz.c
	$(FUZZCC) -DFUZZ_LIKE $(CPPFLAGS) $(FUZZFLAGS) $(LDFLAGS) -o $@ test/fuzz.c

install: papers
	mkdir -p $(DESTDIR)$(BINDIR)
	cp -f papers $(DESTDIR)$(BINDIR)/papers
	chmod 755 $(DESTDIR)$(BINDIR)/papers

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/papers

clean:
	rm -f papers papers-asan papers-g papers-planted test/fuzz-papers \
		test/fuzz-seen test/fuzz-like test/fuzz-planted

.PHONY: all test quality asan fuzz fuzz-planted install uninstall clean
