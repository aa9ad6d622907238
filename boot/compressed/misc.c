// SPDX-License-Identifier: GPL-2.0
/*
 * boot/compressed/misc.c - the C half of the decompressor: console output,
 * the malloc area, error handling and decompress_kernel().
 * Linux: arch/arm/boot/compressed/misc.c (+ include/debug/pl01x.S for putc).
 *
 * Runs with the MMU on but an identity map (head.S cache_on), so the UART
 * is used at its physical address, as Linux's DEBUG_LL does before the
 * kernel has mapped anything.
 */
#include <linux/fdt.h>
#include <linux/types.h>
#include <asm/memory.h>
#include "misc.h"

#define UART01x_DR	0x00	/* data register */
#define UART01x_FR	0x18	/* flag register */
#define UART01x_FR_TXFF	(1 << 5)	/* transmit FIFO full */

extern u8 input_data[], input_data_end[], _edata[];

unsigned long free_mem_ptr;
unsigned long free_mem_end_ptr;

static void putc(int c)
{
	volatile u32 *uart = (volatile u32 *)CONFIG_DEBUG_UART_PHYS;

	while (uart[UART01x_FR / 4] & UART01x_FR_TXFF)
		;
	uart[UART01x_DR / 4] = c;
}

void putstr(const char *s)
{
	for (; *s; s++) {
		if (*s == '\n')
			putc('\r');
		putc(*s);
	}
}

/*
 * Decimal without a divide instruction (ARMv7-A may not have one, and the
 * decompressor is linked without libgcc's division helpers).
 */
static void putdec(u32 v)
{
	/* LAB decompress BEGIN
	 * Print v in decimal with putc(), without leading zeros ("0" for 0),
	 * and without / or %: no division at all, not even by a constant
	 * (gcc turns that into a multiply by a reciprocal). Subtract powers
	 * of ten instead.
	 * STUB:
	 *	(void)v;
	 */
	static const u32 pow10[] = { 1000000000, 100000000, 10000000, 1000000,
				     100000, 10000, 1000, 100, 10, 1 };
	bool started = false;

	for (unsigned int i = 0; i < sizeof(pow10) / sizeof(pow10[0]); i++) {
		int digit = 0;

		while (v >= pow10[i]) {
			v -= pow10[i];
			digit++;
		}
		if (digit || started || pow10[i] == 1) {
			putc('0' + digit);
			started = true;
		}
	}
	/* LAB decompress END */
}

static void puthex(u32 v)
{
	putstr("0x");
	for (int shift = 28; shift >= 0; shift -= 4)
		putc("0123456789abcdef"[(v >> shift) & 0xf]);
}

/* A bump allocator over the malloc area head.S set aside after the stack. */
void *malloc(size_t size)
{
	unsigned long p = (free_mem_ptr + 7) & ~7UL;

	if (size > free_mem_end_ptr - p)
		error("out of memory");
	free_mem_ptr = p + size;
	return (void *)p;
}

/* Print why, and stop: never jump into a kernel we could not unpack. */
void error(const char *x)
{
	putstr("\n\ndecompression error: ");
	putstr(x);
	putstr("\n\n -- System halted\n");
	for (;;)
		asm volatile("wfi");
}

static u32 read_pmccntr(void)
{
	u32 v;

	asm volatile("mrc p15, 0, %0, c9, c13, 0" : "=r"(v));
	return v;
}

static u32 be32(const void *p)
{
	const u8 *b = p;

	return (u32)b[0] << 24 | (u32)b[1] << 16 | (u32)b[2] << 8 | b[3];
}

/*
 * The kernel will occupy [output, output + size); the DTB the boot loader
 * passed must not be in the way (the appended one never is: it is part
 * of our own image, which head.S already moved out of the way).
 */
static void check_dtb_clear(unsigned long output, unsigned long size, unsigned long dtb)
{
	if (!dtb || be32((void *)dtb) != FDT_MAGIC)
		return;
	if (dtb < output + size && output < dtb + be32((u8 *)dtb + 4))
		error("kernel would overwrite the DTB");
}

/*
 * head.S leaves an appended DTB whose totalsize is larger than the kernel
 * can map (FDT_FIXED_SIZE) out of r8: say so. Linux's decompressor would
 * trust the totalsize and its kernel would then reject the DTB, falling
 * back to what the boot loader passed; Tern falls back here already (r2's
 * DTB, if any), so the system still boots.
 */
static void check_appended_dtb(unsigned long dtb)
{
	if (!IS_ENABLED(CONFIG_ARM_APPENDED_DTB) || be32(_edata) != FDT_MAGIC ||
	    dtb == (unsigned long)_edata)
		return;
	putstr("appended DTB: totalsize ");
	puthex(be32(_edata + 4));
	putstr(" is too large (the kernel maps at most ");
	puthex(FDT_FIXED_SIZE);
	putstr(" bytes): ignoring it\n");
}

/*
 * Called by head.S once it is safe to write the kernel to output_start:
 *   output_start        RAM base + TEXT_OFFSET
 *   free_mem_ptr_p/end  the malloc area
 *   dtb                 r8, the DTB the kernel will get
 *   kernel_size         Image plus the kernel's BSS
 */
void decompress_kernel(unsigned long output_start, unsigned long free_mem_ptr_p,
		       unsigned long free_mem_ptr_end_p, unsigned long dtb,
		       unsigned long kernel_size)
{
	size_t payload_len = (unsigned long)input_data_end - (unsigned long)input_data - 4;
	const u8 *end_word = input_data + payload_len;
	size_t image_size = (size_t)end_word[0] | (size_t)end_word[1] << 8 |
			    (size_t)end_word[2] << 16 | (size_t)end_word[3] << 24;
	size_t out_len = 0;
	const char *err = "unknown";
	u32 t0;

	free_mem_ptr = free_mem_ptr_p;
	free_mem_end_ptr = free_mem_ptr_end_p;
	check_appended_dtb(dtb);
	check_dtb_clear(output_start, kernel_size, dtb);

	if (IS_ENABLED(CONFIG_DEBUG_UNCOMPRESS))
		putstr("Uncompressing Tern...");
	t0 = read_pmccntr();
	if (do_decompress(input_data, payload_len, (u8 *)output_start,
			  image_size, &out_len, &err) < 0)
		error(err);
	if (out_len != image_size)
		error("size mismatch");
	if (IS_ENABLED(CONFIG_DEBUG_UNCOMPRESS))
		putstr(" done, booting the kernel.\n");
	if (IS_ENABLED(CONFIG_DECOMPRESS_STATS)) {
		putstr("decompress: ");
		putdec(out_len);
		putstr(" bytes in ");
		putdec(read_pmccntr() - t0);
		putstr(" instructions\n");
	}
}
