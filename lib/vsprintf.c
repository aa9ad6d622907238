// SPDX-License-Identifier: GPL-2.0
/*
 * lib/vsprintf.c - printf-style formatting into a buffer.
 *
 * Linux: lib/vsprintf.c (vsnprintf, format_decode, number, string,
 * pointer_string). Supports %d %i %u %x %X %o %c %s %p %%, the flags
 * "-0+ #", width and precision (also as *), and the length modifiers
 * hh h l ll z t j. %p prints like Linux's %px: the pointer as zero-padded
 * lower-case hex, 2 * sizeof(void *) digits, no "0x". An unknown
 * conversion stops the output, as in Linux: the arguments after it can no
 * longer be matched up.
 *
 * There is no '/' or '%' here: ARMv7-A has no guaranteed divide
 * instruction and Tern does not link libgcc. Hex and octal digits come
 * from shifts, decimal ones from a multiply by 1/10 (32-bit) or do_div().
 */
#include <linux/kernel.h>
#include <linux/math64.h>

/* printf_spec.flags */
#define SIGN	1	/* a signed conversion (%d, %i) */
#define LEFT	2	/* '-': left-justify in the field */
#define PLUS	4	/* '+': show a plus sign */
#define SPACE	8	/* ' ': a space where a plus would go */
#define ZEROPAD	16	/* '0': pad the field with zeros */
#define SMALL	32	/* lower-case hex; 32 is 'a' - 'A', so 'X' | SMALL == 'x' */
#define SPECIAL	64	/* '#': 0x prefix, or a leading 0 for octal */

/* Huge widths are clamped, as in Linux, so sums of them cannot overflow. */
#define FIELD_WIDTH_MAX	((1 << 23) - 1)
#define PRECISION_MAX	((1 << 15) - 1)

/* One decoded conversion: %[flags][width][.precision][qualifier]type */
struct printf_spec {
	char type;		/* 'd' 'u' 'x' 'o' 'c' 's' 'p' '%', other: invalid */
	char qualifier;		/* 0, 'H' (hh), 'h', 'l', 'L' (ll), 'z', 't', 'j' */
	u8 base;		/* 8, 10 or 16 */
	u8 flags;
	int field_width;	/* -1: none given */
	int precision;		/* -1: none given */
};

/* The output buffer: len counts every character, even those cut off. */
struct printf_buf {
	char *buf;
	size_t size;
	size_t len;
};

static const char hex_asc_upper[] = "0123456789ABCDEF";

/* Store c if it fits (leaving room for the NUL); count it either way. */
static void put_char(struct printf_buf *out, char c)
{
	if (out->len + 1 < out->size)
		out->buf[out->len] = c;
	out->len++;
}

/* Emit n copies of c; nothing if n <= 0. */
static void put_padding(struct printf_buf *out, char c, int n)
{
	while (n-- > 0)
		put_char(out, c);
}

/* Read a decimal number from the format string and step past it. */
static int skip_atoi(const char **s)
{
	int i = 0;

	while (**s >= '0' && **s <= '9') {
		if (i <= FIELD_WIDTH_MAX)
			i = i * 10 + (*(*s)++ - '0');
		else
			(*s)++;
	}
	return i;
}

/* A width from '*' may be negative: that means '-' and its magnitude. */
static void set_field_width(struct printf_spec *spec, int width)
{
	if (width < 0) {
		spec->flags |= LEFT;
		width = width < -FIELD_WIDTH_MAX ? FIELD_WIDTH_MAX : -width;
	}
	spec->field_width = width > FIELD_WIDTH_MAX ? FIELD_WIDTH_MAX : width;
}

/* A negative precision from '*' counts as none given. */
static void set_precision(struct printf_spec *spec, int precision)
{
	if (precision < 0)
		spec->precision = -1;
	else
		spec->precision = precision > PRECISION_MAX ? PRECISION_MAX : precision;
}

/*
 * Decode the conversion that starts just after a '%'. Arguments for '*'
 * are taken from ap. Returns where the format string goes on.
 */
static const char *format_decode(const char *fmt, struct printf_spec *spec,
				 va_list *ap)
{
	*spec = (struct printf_spec){ .field_width = -1, .precision = -1, .base = 10 };

	for (;; fmt++) {
		if (*fmt == '-')
			spec->flags |= LEFT;
		else if (*fmt == '+')
			spec->flags |= PLUS;
		else if (*fmt == ' ')
			spec->flags |= SPACE;
		else if (*fmt == '#')
			spec->flags |= SPECIAL;
		else if (*fmt == '0')
			spec->flags |= ZEROPAD;
		else
			break;
	}

	if (*fmt == '*') {
		fmt++;
		set_field_width(spec, va_arg(*ap, int));
	} else if (*fmt >= '0' && *fmt <= '9') {
		set_field_width(spec, skip_atoi(&fmt));
	}

	if (*fmt == '.') {
		fmt++;
		if (*fmt == '*') {
			fmt++;
			set_precision(spec, va_arg(*ap, int));
		} else {
			set_precision(spec, skip_atoi(&fmt));
		}
	}

	if (*fmt == 'h' || *fmt == 'l') {
		spec->qualifier = *fmt++;
		if (*fmt == spec->qualifier) {	/* hh or ll */
			spec->qualifier = spec->qualifier == 'h' ? 'H' : 'L';
			fmt++;
		}
	} else if (*fmt == 'z' || *fmt == 't' || *fmt == 'j') {
		spec->qualifier = *fmt++;
	}

	spec->type = *fmt;
	switch (*fmt) {
	case 'i':
		spec->type = 'd';
		/* fall through */
	case 'd':
		spec->flags |= SIGN;
		break;
	case 'x':
		spec->flags |= SMALL;
		/* fall through */
	case 'X':
		spec->type = 'x';
		spec->base = 16;
		break;
	case 'o':
		spec->base = 8;
		break;
	case '\0':
		return fmt;	/* a lone '%' at the end: do not step past the NUL */
	}
	return fmt + 1;
}

/*
 * Fetch an integer argument of the size the qualifier names and widen it
 * to 64 bits: sign-extended for %d, zero-extended otherwise.
 */
#define FETCH(stype, spromoted, utype, upromoted)			\
	(is_signed ? (u64)(s64)(stype)va_arg(*ap, spromoted)		\
		   : (u64)(utype)va_arg(*ap, upromoted))

static u64 fetch_number(va_list *ap, const struct printf_spec *spec)
{
	bool is_signed = spec->flags & SIGN;

	switch (spec->qualifier) {
	case 'H':
		return FETCH(signed char, int, unsigned char, unsigned int);
	case 'h':
		return FETCH(short, int, unsigned short, unsigned int);
	case 'l':
		return FETCH(long, long, unsigned long, unsigned long);
	case 'L':
		return FETCH(long long, long long, unsigned long long, unsigned long long);
	case 'j':
		return FETCH(intmax_t, intmax_t, uintmax_t, uintmax_t);
	case 'z':
		return FETCH(ptrdiff_t, size_t, size_t, size_t);
	case 't':
		return FETCH(ptrdiff_t, ptrdiff_t, size_t, ptrdiff_t);
	default:
		return FETCH(int, int, unsigned int, unsigned int);
	}
}

/*
 * Write the decimal digits of num into tmp, least significant first, and
 * return how many. Above 32 bits use do_div(); below, n / 10 is exactly
 * (n * 0xcccccccd) >> 35 for every 32-bit n, one umull on ARM.
 */
static int put_dec(char *tmp, u64 num)
{
	int len = 0;
	u32 n, q;

	while (num >> 32)
		tmp[len++] = '0' + do_div(num, 10);

	n = (u32)num;
	do {
		q = (u32)(((u64)n * 0xcccccccdU) >> 35);
		tmp[len++] = '0' + (n - q * 10);
		n = q;
	} while (n);
	return len;
}

/* Hex (base 16) or octal (base 8) digits, least significant first. */
static int put_hex_oct(char *tmp, u64 num, const struct printf_spec *spec)
{
	char locase = spec->flags & SMALL;	/* turns 'A'..'F' into 'a'..'f' */
	int len = 0;

	do {
		if (spec->base == 16) {
			tmp[len++] = hex_asc_upper[num & 15] | locase;
			num >>= 4;
		} else {
			tmp[len++] = '0' + (num & 7);
			num >>= 3;
		}
	} while (num);
	return len;
}

/*
 * Format one integer: [spaces][sign][0x][zeros to width][zeros to
 * precision]digits[spaces]. As in C (not Linux), a precision turns off
 * the '0' flag.
 */
static void number(struct printf_buf *out, u64 num, const struct printf_spec *spec)
{
	char tmp[24];		/* 22 octal digits hold 64 bits */
	char sign = 0;
	bool prefix = (spec->flags & SPECIAL) && spec->base == 16 && num;
	bool zeropad = (spec->flags & (ZEROPAD | LEFT)) == ZEROPAD &&
		       spec->precision < 0;
	int precision = spec->precision;
	int width = spec->field_width;
	int len = 0;

	if (spec->flags & SIGN) {
		if ((s64)num < 0) {
			sign = '-';
			num = 0 - num;
		} else if (spec->flags & PLUS) {
			sign = '+';
		} else if (spec->flags & SPACE) {
			sign = ' ';
		}
	}

	/* Precision 0 prints the value 0 as no digits at all. */
	if (num || precision != 0)
		len = spec->base == 10 ? put_dec(tmp, num) : put_hex_oct(tmp, num, spec);

	/* '#' with octal: make sure the first digit is a 0. */
	if ((spec->flags & SPECIAL) && spec->base == 8 &&
	    (len == 0 || tmp[len - 1] != '0') && precision <= len)
		precision = len + 1;
	if (precision < len)
		precision = len;

	width -= precision + (sign ? 1 : 0) + (prefix ? 2 : 0);
	if (!(spec->flags & LEFT) && !zeropad)
		put_padding(out, ' ', width);
	if (sign)
		put_char(out, sign);
	if (prefix) {
		put_char(out, '0');
		put_char(out, 'X' | (spec->flags & SMALL));
	}
	if (zeropad)
		put_padding(out, '0', width);
	put_padding(out, '0', precision - len);
	while (len)
		put_char(out, tmp[--len]);
	if (spec->flags & LEFT)
		put_padding(out, ' ', width);
}

/* Emit len bytes of s, space-padded to the field width. */
static void put_field(struct printf_buf *out, const char *s, int len,
		      const struct printf_spec *spec)
{
	int pad = spec->field_width - len;
	int i;

	if (!(spec->flags & LEFT))
		put_padding(out, ' ', pad);
	for (i = 0; i < len; i++)
		put_char(out, s[i]);
	if (spec->flags & LEFT)
		put_padding(out, ' ', pad);
}

/* %s: at most precision bytes of s; a NULL s prints as "(null)". */
static void string(struct printf_buf *out, const char *s, const struct printf_spec *spec)
{
	int len = 0;

	if (!s)
		s = "(null)";
	while (s[len] && (spec->precision < 0 || len < spec->precision))
		len++;
	put_field(out, s, len, spec);
}

/* %p: like Linux's pointer_string(), zero-padded hex when no width is given. */
static void pointer(struct printf_buf *out, const void *ptr, struct printf_spec spec)
{
	spec.base = 16;
	spec.flags |= SMALL;
	if (spec.field_width == -1) {
		spec.field_width = 2 * sizeof(ptr);
		spec.flags |= ZEROPAD;
	}
	number(out, (uintptr_t)ptr, &spec);
}

/* hex_digit - the value of c in base 16, or 16 if it is not a hex digit. */
static unsigned int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;					/* lower case */
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : 16;
}

/*
 * simple_strtoul - the number at the start of cp, in base 10 or 16 (base 0:
 * 16 after "0x", else 10); *endp, if given, points past it, or at cp if
 * there are no digits (as strtoul). For kernel parameters such as panic=N.
 */
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	const char *start = cp, *digits;
	bool hex_prefix = cp[0] == '0' && (cp[1] | 0x20) == 'x' && hex_digit(cp[2]) < 16;
	unsigned long result = 0;

	if (!base)
		base = hex_prefix ? 16 : 10;
	if (base == 16 && hex_prefix)
		cp += 2;
	for (digits = cp; hex_digit(*cp) < base; cp++)
		result = result * base + hex_digit(*cp);
	if (endp)
		*endp = (char *)(cp == digits ? start : cp);
	return result;
}

long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-') {
		long v = -(long)simple_strtoul(cp + 1, endp, base);

		if (endp && *endp == cp + 1)
			*endp = (char *)cp;		/* "-" alone: no number */
		return v;
	}
	return simple_strtoul(cp, endp, base);
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct printf_buf out = { .buf = buf, .size = size, .len = 0 };
	struct printf_spec spec;
	va_list ap;
	char c;

	va_copy(ap, args);	/* so that helpers can take &ap on every ABI */
	while (*fmt) {
		if (*fmt != '%') {
			put_char(&out, *fmt++);
			continue;
		}
		fmt = format_decode(fmt + 1, &spec, &ap);
		switch (spec.type) {
		case '%':
			put_char(&out, '%');
			break;
		case 'c':
			c = (char)va_arg(ap, int);
			put_field(&out, &c, 1, &spec);
			break;
		case 's':
			string(&out, va_arg(ap, const char *), &spec);
			break;
		case 'p':
			pointer(&out, va_arg(ap, const void *), spec);
			break;
		case 'd':
		case 'u':
		case 'x':
		case 'o':
			number(&out, fetch_number(&ap, &spec), &spec);
			break;
		default:
			goto out;	/* unknown conversion: stop, as Linux does */
		}
	}
out:
	va_end(ap);
	if (size)
		buf[out.len < size ? out.len : size - 1] = '\0';
	return (int)out.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return i;
}

int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int i = vsnprintf(buf, size, fmt, args);

	if ((size_t)i < size)
		return i;
	return size ? (int)(size - 1) : 0;
}

int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vscnprintf(buf, size, fmt, args);
	va_end(args);
	return i;
}
