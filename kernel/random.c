// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/random.c - random bytes for AT_RANDOM and getrandom().
 * Linux: drivers/char/random.c (get_random_bytes, sys_getrandom).
 *
 * Honestly: these bytes are NOT cryptographically secure. Linux collects
 * entropy from interrupt timings and devices into a ChaCha20 generator;
 * Tern has one source, the generic timer's counter (CNTVCT), which is
 * read at every call and mixed with a running state through SplitMix64's
 * finalizer (Steele, Lea and Flood, 2014: a Weyl sequence, two multiply-
 * xorshift rounds; its output passes BigCrush). On hardware the counter
 * makes the bytes differ from boot to boot; under QEMU -icount (as the
 * tests run) the counter, and so every byte, is the same on every boot.
 * That serves glibc's stack protector and malloc well enough for a
 * teaching kernel; it would not serve a key.
 */
#include <linux/errno.h>
#include <linux/random.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <asm/arch_timer.h>

#define GRND_NONBLOCK	0x0001
#define GRND_RANDOM	0x0002
#define GRND_INSECURE	0x0004
#define MAX_RW_COUNT	0x7ffff000	/* Linux's cap on one read or write */

static u64 random_state;
static DEFINE_SPINLOCK(random_lock);

/* SplitMix64's finalizer: every input bit flips each output bit with p ~ 1/2. */
static u64 mix64(u64 z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void get_random_bytes(void *buf, size_t len)
{
	u8 *p = buf;
	unsigned long flags;

	while (len) {
		u64 v;
		size_t n = len < sizeof(v) ? len : sizeof(v);

		spin_lock_irqsave(&random_lock, flags);
		random_state += 0x9e3779b97f4a7c15ULL;	/* the Weyl step: 2^64 / golden ratio */
		v = mix64(random_state ^ arch_counter_get_cntvct());
		spin_unlock_irqrestore(&random_lock, flags);
		memcpy(p, &v, n);
		p += n;
		len -= n;
	}
}

/*
 * Linux: sys_getrandom(). Never blocks: there is no pool to wait for, so
 * GRND_NONBLOCK, GRND_RANDOM and GRND_INSECURE all get the same bytes.
 */
long sys_getrandom(char __user *buf, size_t count, unsigned int flags)
{
	u8 kbuf[64];
	size_t done = 0;

	if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE) ||
	    (flags & GRND_INSECURE && flags & GRND_RANDOM))
		return -EINVAL;
	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	while (done < count) {
		size_t n = count - done < sizeof(kbuf) ? count - done : sizeof(kbuf);

		get_random_bytes(kbuf, n);
		if (copy_to_user(buf + done, kbuf, n))
			return done ? (long)done : -EFAULT;
		done += n;
	}
	return done;
}
