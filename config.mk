# cnstat build configuration: override on the command line (make CC=clang).
PREFIX     ?= /usr/local
MANPREFIX  ?= $(PREFIX)/share/man
CC         ?= cc
PKG_CONFIG ?= pkg-config
CFLAGS     ?= -O2 -g
# SANITIZE=1 builds everything with AddressSanitizer and UBSan.
SANITIZE   ?=
