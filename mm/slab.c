// SPDX-License-Identifier: GPL-2.0
/*
 * mm/slab.c - kmalloc: small objects carved from single pages.
 * Linux: mm/slub.c and mm/slab_common.c (kmalloc_caches, kmalloc_index),
 * reduced to one list per size class and no debugging options.
 *
 * Each size class (a struct kmem_cache: kmalloc-16 ... kmalloc-2048)
 * owns "slabs": order-0 pages marked PG_slab, cut into PAGE_SIZE / size
 * objects. The struct page of a slab records its class (slab_cache), how
 * many objects are out (inuse) and a freelist threaded through the free
 * objects themselves: the first word of a free object points to the next.
 *
 *   kmalloc: the first slab on the class's partial list (one that still
 *            has a free object), or a new page; pop its freelist.
 *   kfree:   virt_to_page() finds the slab and so the class; push the
 *            object back; a slab whose objects are all free goes back to
 *            the page allocator.
 *
 * Bigger requests are blocks from alloc_pages(); kfree() tells them apart
 * by the page not being PG_slab, and the page records the order.
 */
#include <linux/gfp.h>
#include <linux/interrupt.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>

struct kmem_cache {
	unsigned int size;	/* object size, a power of two */
	struct page *partial;	/* slabs with at least one free object */
};

static struct kmem_cache kmalloc_caches[KMALLOC_SHIFT_HIGH - KMALLOC_SHIFT_LOW + 1] = {
	{ .size = 16 }, { .size = 32 }, { .size = 64 }, { .size = 128 },
	{ .size = 256 }, { .size = 512 }, { .size = 1024 }, { .size = 2048 },
};
unsigned long nr_bad_kfrees;

/* Linux: kmalloc_slab(). The smallest class that holds size bytes. */
static struct kmem_cache *kmalloc_slab(size_t size)
{
	unsigned int shift = KMALLOC_SHIFT_LOW;

	while ((1UL << shift) < size)
		shift++;
	return &kmalloc_caches[shift - KMALLOC_SHIFT_LOW];
}

static unsigned int objs_per_slab(const struct kmem_cache *s)
{
	return PAGE_SIZE / s->size;
}

/* A fresh page, every object on its freelist, in address order. */
static struct page *new_slab(struct kmem_cache *s)
{
	char *base = alloc_page();
	struct page *page;

	if (!base)
		return NULL;
	page = virt_to_page(base);
	page->flags = PG_slab;
	page->slab_cache = s;
	page->inuse = 0;
	page->freelist = base;
	for (unsigned int i = 0; i + 1 < objs_per_slab(s); i++)
		*(void **)(base + i * s->size) = base + (i + 1) * s->size;
	*(void **)(base + (objs_per_slab(s) - 1) * s->size) = NULL;
	page_list_add(&s->partial, page);
	return page;
}

static void *slab_alloc(struct kmem_cache *s)
{
	struct page *page = s->partial ? s->partial : new_slab(s);
	void *object;

	if (!page)
		return NULL;
	object = page->freelist;
	page->freelist = *(void **)object;
	page->inuse++;
	if (!page->freelist)		/* full: nothing more to hand out */
		page_list_del(&s->partial, page);
	return object;
}

void *kmalloc(size_t size)
{
	unsigned long flags;
	void *object;

	if (!size)
		return ZERO_SIZE_PTR;
	if (size > KMALLOC_MAX_CACHE_SIZE)
		return alloc_pages(get_order(size));
	flags = local_irq_save();	/* the slabs are shared: see rmqueue() */
	object = slab_alloc(kmalloc_slab(size));
	local_irq_restore(flags);
	return object;
}

void *kzalloc(size_t size)
{
	void *p = kmalloc(size);

	if (!ZERO_OR_NULL_PTR(p))
		memset(p, 0, size);
	return p;
}

static void slab_err(const struct kmem_cache *s, const void *object, const char *reason)
{
	nr_bad_kfrees++;
	pr_err("BUG kmalloc-%u: kfree(%p): %s\n", s->size, object, reason);
}

/* Is object on its slab's freelist already? */
static bool on_freelist(const struct page *page, const void *object)
{
	for (void *p = page->freelist; p; p = *(void **)p)
		if (p == object)
			return true;
	return false;
}

static void slab_free(struct page *page, void *object)
{
	struct kmem_cache *s = page->slab_cache;
	unsigned long offset = (char *)object - (char *)page_address(page);

	if (offset % s->size) {
		slab_err(s, object, "pointer is not the start of an object");
		return;
	}
	if (on_freelist(page, object)) {
		slab_err(s, object, "object already free (double free)");
		return;
	}
	if (!page->freelist)		/* was full: it has room again */
		page_list_add(&s->partial, page);
	*(void **)object = page->freelist;
	page->freelist = object;
	if (--page->inuse)
		return;
	/* Every object is free: give the page back. */
	page_list_del(&s->partial, page);
	page->flags = PG_head;
	page->order = 0;
	free_page((char *)object - offset);
}

void kfree(const void *objp)
{
	void *object = (void *)objp;
	struct page *page;

	if (ZERO_OR_NULL_PTR(object))
		return;
	if (!virt_addr_valid(object)) {
		nr_bad_kfrees++;
		pr_err("BUG: kfree(%p): not a kmalloc address\n", object);
		return;
	}
	page = virt_to_page(object);
	if (page->flags & PG_slab) {
		unsigned long flags = local_irq_save();

		slab_free(page, object);
		local_irq_restore(flags);
	} else {		/* a page block, or free_pages() says what is wrong */
		free_pages(object, page->order);
	}
}
