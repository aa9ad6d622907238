/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/linux/string.h - memory and string primitives for Tern.
 *
 * Linux: include/linux/string.h. Implemented in lib/string.c. gcc itself
 * emits calls to memcpy, memset, memmove and memcmp (structure copies,
 * zeroing), so these keep the standard names and prototypes.
 */
#ifndef _LINUX_STRING_H
#define _LINUX_STRING_H

#include <linux/types.h>

void *memcpy(void *dest, const void *src, size_t count);
void *memmove(void *dest, const void *src, size_t count);
void *memset(void *s, int c, size_t count);
int memcmp(const void *cs, const void *ct, size_t count);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t count);
int strcmp(const char *cs, const char *ct);
int strncmp(const char *cs, const char *ct, size_t count);
char *strchr(const char *s, int c);
char *strcpy(char *dest, const char *src);
size_t strlcpy(char *dest, const char *src, size_t size);

#endif /* _LINUX_STRING_H */
