/* SPDX-License-Identifier: GPL-2.0 */
/* arch/arm/include/asm/psci.h - firmware power control (Linux: include/linux/psci.h). */
#ifndef __ASM_PSCI_H
#define __ASM_PSCI_H

void psci_dt_init(const void *fdt);
void machine_power_off(void) __attribute__((noreturn));
void machine_restart(void) __attribute__((noreturn));

#endif
