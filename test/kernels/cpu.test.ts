/**
 * cpu.test.ts — CPU feature detection: the pure decoder (synthetic CPUID
 * leaves: flags gated on OS state in XCR0), path selection, and the real
 * probe compared with /proc/cpuinfo on Linux.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { cpu, readCpuid, requestAmx, selectPath } from "../../src/host-cpu.ts";
import { bestPath, CPU_FEATURES, type CpuFeature, cpuFeatureOf, type CpuidRaw, decodeCpuid, isCpuFeature } from "../../src/host-cpu.ts";
import { fromBytes } from "../../src/ffi/callable.ts";
import { amxPermissionCode } from "../../src/x64/cpu-probes.ts";
import { JitError } from "../../src/core/errors.ts";
import { compile } from "../../src/compile.ts";
import { eax, edi } from "../../src/x64/registers.ts";

const Z = [0, 0, 0, 0];
/** An Intel-like CPU with everything up to AVX-512 (VNNI, VPOPCNTDQ, VBMI, IFMA). */
function raw(over: Partial<CpuidRaw> = {}): CpuidRaw {
  const b = (...bits: number[]) => bits.reduce((a, n) => (a | (1 << n)) >>> 0, 0);
  return {
    leaf0: [0x1f, 0x756e6547, 0x6c65746e, 0x49656e69], // "GenuineIntel": ebx, ecx="ntel", edx="ineI"
    leaf1: [0x000606a6, 0, b(0, 1, 9, 12, 13, 19, 20, 22, 23, 25, 26, 27, 28, 29, 30), b(25, 26)],
    leaf7: [1, b(3, 5, 8, 16, 17, 18, 19, 21, 28, 29, 30, 31), b(1, 6, 8, 9, 10, 11, 12, 14), 0],
    leaf7s1: [b(4, 5), 0, 0, 0],
    ext0: [0x80000008, 0, 0, 0],
    ext1: [0, 0, b(0, 5, 8), 0],
    brand: [0x65746e49, 0x2952286c, 0x6f655820, 0x2952286e, 0x20202020, 0, 0, 0, 0, 0, 0, 0], // "Intel(R) Xeon(R)    "
    xcr0: 0xe7,
    ...over,
  };
}

describe("decodeCpuid (pure)", () => {
  test("decodes every flag of a full AVX-512 CPU", () => {
    const f = decodeCpuid(raw());
    expect(f.vendor).toBe("GenuineIntel");
    expect(f.brand).toBe("Intel(R) Xeon(R)");
    expect(f.family).toBe(6);
    expect(f.model).toBe(0x6a);
    expect(f.stepping).toBe(6);
    for (const name of ["sse", "sse2", "sse3", "ssse3", "sse41", "sse42", "popcnt", "lzcnt", "bmi1", "bmi2", "adx", "avx", "avx2", "fma", "f16c", "movbe",
      "avx512f", "avx512bw", "avx512dq", "avx512vl", "avx512cd", "avx512vnni", "avx512vpopcntdq", "avx512ifma", "avx512vbmi", "avx512bf16", "avxvnni",
      "sha", "aes", "pclmulqdq", "osxsave"] as CpuFeature[]) {
      expect([name, f[name]]).toEqual([name, true]);
    }
    expect(f.avx512fp16).toBe(false);
    expect(f.has("avx2", "fma", "avx512f")).toBe(true);
    expect(f.list().length).toBeGreaterThan(30);
  });

  test("AVX-512 flags need XCR0 opmask/ZMM state (bits 5-7), not only the CPUID flag", () => {
    const f = decodeCpuid(raw({ xcr0: 0x07 }));
    expect(f.avx2).toBe(true);
    expect(f.avx512f).toBe(false);
    expect(f.avx512bw).toBe(false);
    expect(f.avx512vl).toBe(false);
    expect(decodeCpuid(raw({ xcr0: 0x67 })).avx512f).toBe(false); // Hi16_ZMM missing
  });

  test("AVX/AVX2/FMA/F16C need OSXSAVE and XCR0 SSE|AVX state (bits 1-2)", () => {
    const noYmm = decodeCpuid(raw({ xcr0: 0x03 }));
    expect([noYmm.avx, noYmm.avx2, noYmm.fma, noYmm.f16c, noYmm.avx512f]).toEqual([false, false, false, false, false]);
    expect(noYmm.sse42).toBe(true); // legacy SSE needs no XCR0
    expect(noYmm.bmi2).toBe(true); // GP extensions need no XCR0
    const l1 = raw().leaf1;
    const noOsx = decodeCpuid(raw({ leaf1: [l1[0]!, 0, l1[2]! & ~(1 << 27), l1[3]!] }));
    expect(noOsx.osxsave).toBe(false);
    expect(noOsx.avx).toBe(false);
  });

  test("a bare SSE2 CPU has nothing else", () => {
    const f = decodeCpuid({ leaf0: [1, 0, 0, 0], leaf1: [0, 0, 0, (1 << 25) | (1 << 26)], leaf7: Z, leaf7s1: Z, ext0: Z, ext1: Z, brand: new Array(12).fill(0), xcr0: 0 });
    expect(f.list()).toEqual(["sse", "sse2"]);
    expect(f.brand).toBe("");
  });

  test("feature names are unique and spelled one way (lower case, no underscores; avx10.N keeps its dot)", () => {
    expect(new Set(CPU_FEATURES).size).toBe(CPU_FEATURES.length);
    for (const f of CPU_FEATURES) expect([f, /^[a-z0-9]+$|^avx10\.[0-9]$/.test(f)]).toEqual([f, true]);
    expect(isCpuFeature("avx512f")).toBe(true);
    expect(isCpuFeature("AVX512F")).toBe(false);
    expect(isCpuFeature("avx512_vnni")).toBe(false);
  });

  test("cpuFeatureOf maps the manual's spelling (upper case, underscores) to the one spelling", () => {
    const pairs: [string, string | undefined][] = [
      ["AVX512F", "avx512f"], ["SSE4_1", "sse41"], ["SSE4_2", "sse42"], ["AVX512_VNNI", "avx512vnni"], ["AVX512_VPOPCNTDQ", "avx512vpopcntdq"],
      ["AMX_TILE", "amxtile"], ["AVX_VNNI_INT8", "avxvnniint8"], ["CET_IBT", "cetibt"], ["APX_F", "apxf"], ["AVX10.1", "avx10.1"], ["avx2", "avx2"],
      ["AVX512", undefined], ["CET", undefined], ["", undefined], ["AVX10_1", undefined],
    ];
    for (const [name, want] of pairs) expect([name, cpuFeatureOf(name)]).toEqual([name, want]);
  });

  test("the base instructions the table marks: cmov, fxsr, clflush, lahf, prefetchw, rdtscp, ...", () => {
    const b = (...bits: number[]) => bits.reduce((a, n) => (a | (1 << n)) >>> 0, 0);
    const l = raw();
    const f = decodeCpuid(raw({
      leaf1: [l.leaf1[0]!, 0, l.leaf1[2]!, b(15, 19, 24, 25, 26)],
      leaf7: [1, b(0, 23, 24), b(22, 27, 28), b(14, 20)],
      ext1: [0, 0, b(0, 8), b(27)],
    }));
    for (const name of ["cmov", "fxsr", "clfsh", "lahf", "prfchw", "rdtscp", "fsgsbase", "clflushopt", "clwb", "rdpid", "serialize", "cetibt", "movdiri", "movdir64b"] as CpuFeature[]) {
      expect([name, f[name]]).toEqual([name, true]);
    }
    expect(decodeCpuid(raw()).cmov).toBe(false);
  });

  test("fsgsbase needs the kernel's AT_HWCAP2 bit where there is one (CR4.FSGSBASE)", () => {
    const leaf7 = [1, 1, 0, 0];
    expect(decodeCpuid(raw({ leaf7 })).fsgsbase).toBe(true); // no hwcap2 given: the CPUID bit
    expect(decodeCpuid(raw({ leaf7, hwcap2: 0 })).fsgsbase).toBe(false);
    expect(decodeCpuid(raw({ leaf7, hwcap2: 2 })).fsgsbase).toBe(true);
  });

  test("leaf 7 subleaf 1: AVX-IFMA, AVX-VNNI-INT8/INT16, AVX-NE-CONVERT, CMPCCXADD, SHA512, SM3, SM4 (AVX ones need YMM state)", () => {
    const b = (...bits: number[]) => bits.reduce((a, n) => (a | (1 << n)) >>> 0, 0);
    const leaf7s1 = [b(0, 1, 2, 4, 5, 7, 23), 0, 0, b(4, 5, 10)];
    const f = decodeCpuid(raw({ leaf7s1 }));
    for (const name of ["avxifma", "avxvnniint8", "avxvnniint16", "avxneconvert", "cmpccxadd", "sha512", "sm3", "sm4", "avxvnni", "avx512bf16"] as CpuFeature[]) {
      expect([name, f[name]]).toEqual([name, true]);
    }
    const noYmm = decodeCpuid(raw({ leaf7s1, xcr0: 0x03 }));
    expect([noYmm.avxifma, noYmm.avxvnniint8, noYmm.sha512, noYmm.sm4, noYmm.cmpccxadd]).toEqual([false, false, false, false, true]);
  });

  test("AMX needs XCR0 tile state (bits 17-18) and AMX-TILE; the tile geometry comes from leaves 0x1D/0x1E", () => {
    const b = (...bits: number[]) => bits.reduce((a, n) => (a | (1 << n)) >>> 0, 0);
    const l7 = raw().leaf7;
    const leaf7 = [l7[0]!, l7[1]!, l7[2]!, b(22, 24, 25)];
    const leaf7s1 = [b(21), 0, 0, b(8)];
    const geometry = { amxPalette: [(1024 << 16) | 8192, (8 << 16) | 64, 16, 0], amxTmul: [0, (64 << 8) | 16, 0, 0] };
    const f = decodeCpuid(raw({ leaf7, leaf7s1, xcr0: 0x600e7, ...geometry }));
    expect([f.amxtile, f.amxbf16, f.amxint8, f.amxfp16, f.amxcomplex]).toEqual([true, true, true, true, true]);
    expect(f.amx).toEqual({ totalBytes: 8192, tileBytes: 1024, rowBytes: 64, tiles: 8, maxRows: 16, tmulMaxK: 16, tmulMaxN: 64 });
    const noState = decodeCpuid(raw({ leaf7, leaf7s1, xcr0: 0x200e7, ...geometry })); // XTILEDATA missing
    expect([noState.amxtile, noState.amxbf16, noState.amxint8, noState.amx]).toEqual([false, false, false, null]);
    const noTile = decodeCpuid(raw({ leaf7: [l7[0]!, l7[1]!, l7[2]!, b(22, 25)], xcr0: 0x600e7 }));
    expect([noTile.amxtile, noTile.amxbf16, noTile.amxint8]).toEqual([false, false, false]);
  });

  test("APX needs XCR0 bit 19; AVX10 versions come from leaf 0x24 and need AVX-512 state", () => {
    const apx = [0, 0, 0, 1 << 21];
    expect(decodeCpuid(raw({ leaf7s1: apx, xcr0: 0x800e7 })).apxf).toBe(true);
    expect(decodeCpuid(raw({ leaf7s1: apx })).apxf).toBe(false);
    const avx10 = [0, 0, 0, 1 << 19];
    const v2 = decodeCpuid(raw({ leaf7s1: avx10, avx10: [0, 0x70002, 0, 0] }));
    expect([v2.avx10Version, v2["avx10.1"], v2["avx10.2"]]).toEqual([2, true, true]);
    const v1 = decodeCpuid(raw({ leaf7s1: avx10, avx10: [0, 0x70001, 0, 0] }));
    expect([v1.avx10Version, v1["avx10.1"], v1["avx10.2"]]).toEqual([1, true, false]);
    const noZmm = decodeCpuid(raw({ leaf7s1: avx10, avx10: [0, 0x70002, 0, 0], xcr0: 0x07 }));
    expect([noZmm.avx10Version, noZmm["avx10.1"]]).toEqual([0, false]);
    expect(decodeCpuid(raw({ avx10: [0, 0x70002, 0, 0] })).avx10Version).toBe(0); // leaf 0x24 without 7.1:EDX[19] means nothing
  });
});

describe("path selection", () => {
  const full = decodeCpuid(raw());
  const avx2Only = decodeCpuid(raw({ xcr0: 0x07 }));
  const sse = decodeCpuid(raw({ xcr0: 0x03 }));
  test("bestPath picks the best supported candidate", () => {
    expect(bestPath(full, ["sse2", "avx2", "avx512"])).toBe("avx512");
    expect(bestPath(avx2Only, ["sse2", "avx2", "avx512"])).toBe("avx2");
    expect(bestPath(sse, ["sse2", "avx2", "avx512"])).toBe("sse2");
    expect(bestPath(sse, ["sse41", "sse2"])).toBe("sse41");
    expect(bestPath(full, ["avx512", "avx2", "sse2"], { max: "avx2" })).toBe("avx2");
    expect(bestPath(sse, ["avx512", "avx2"])).toBeUndefined();
  });
  test("selectPath runs exactly one builder with its path name", () => {
    const calls: string[] = [];
    const r = selectPath({ avx512: (p) => (calls.push(p), 512), avx2: (p) => (calls.push(p), 256), sse2: (p) => (calls.push(p), 128) }, { cpu: avx2Only });
    expect(r).toBe(256);
    expect(calls).toEqual(["avx2"]);
    expect(selectPath({ avx2: () => 1, sse2: () => 2 }, { max: "sse2" })).toBe(2);
  });
  test("selectPath throws EFEATURE when nothing fits", () => {
    let err: unknown;
    try {
      selectPath({ avx512: () => 1 }, { cpu: sse });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(JitError);
    expect((err as JitError).code).toBe("EFEATURE");
  });
});

describe("cpu (this machine)", () => {
  test("is cached and read-only", () => {
    expect(cpu.sse2).toBe(true);
    expect(cpu.list()).toEqual(cpu.list());
    expect(() => {
      (cpu as { avx2: boolean }).avx2 = !cpu.avx2;
    }).toThrow();
  });

  test("readCpuid returns stable leaves", () => {
    const r = readCpuid();
    expect(r.leaf0).toEqual([...cpu.raw.leaf0]);
    expect(r.leaf7).toEqual([...cpu.raw.leaf7]);
    expect(r.xcr0).toBe(cpu.xcr0);
  });

  const info = process.platform === "linux" ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const flagsLine = info.split("\n").find((l) => l.startsWith("flags"));
  const flags = new Set((flagsLine ?? "").split(":")[1]?.trim().split(/\s+/) ?? []);
  // /proc/cpuinfo name → bunjit name
  const map: [string, CpuFeature][] = [
    ["sse", "sse"], ["sse2", "sse2"], ["pni", "sse3"], ["ssse3", "ssse3"], ["sse4_1", "sse41"], ["sse4_2", "sse42"], ["popcnt", "popcnt"],
    ["abm", "lzcnt"], ["bmi1", "bmi1"], ["bmi2", "bmi2"], ["adx", "adx"], ["avx", "avx"], ["avx2", "avx2"], ["fma", "fma"], ["f16c", "f16c"],
    ["movbe", "movbe"], ["cx16", "cx16"], ["rdrand", "rdrand"], ["rdseed", "rdseed"], ["sha_ni", "sha"], ["aes", "aes"], ["pclmulqdq", "pclmulqdq"],
    ["avx512f", "avx512f"], ["avx512bw", "avx512bw"], ["avx512dq", "avx512dq"], ["avx512vl", "avx512vl"], ["avx512cd", "avx512cd"],
    ["avx512_vnni", "avx512vnni"], ["avx512_vpopcntdq", "avx512vpopcntdq"], ["avx512ifma", "avx512ifma"], ["avx512vbmi", "avx512vbmi"],
    ["avx512_vbmi2", "avx512vbmi2"], ["avx512_bitalg", "avx512bitalg"], ["avx512_bf16", "avx512bf16"], ["avx512_fp16", "avx512fp16"],
    ["vaes", "vaes"], ["vpclmulqdq", "vpclmulqdq"], ["gfni", "gfni"], ["xsave", "xsave"], ["osxsave", "osxsave"],
    ["cmov", "cmov"], ["fxsr", "fxsr"], ["clflush", "clfsh"], ["lahf_lm", "lahf"], ["3dnowprefetch", "prfchw"], ["rdtscp", "rdtscp"],
    ["fsgsbase", "fsgsbase"], ["clflushopt", "clflushopt"], ["clwb", "clwb"], ["rdpid", "rdpid"], ["serialize", "serialize"],
    ["movdiri", "movdiri"], ["movdir64b", "movdir64b"], ["avx512_vp2intersect", "avx512vp2intersect"], ["avx_vnni", "avxvnni"],
    ["avx_ifma", "avxifma"], ["cmpccxadd", "cmpccxadd"], ["sha512", "sha512"], ["sm3", "sm3"], ["sm4", "sm4"],
    ["amx_tile", "amxtile"], ["amx_bf16", "amxbf16"], ["amx_int8", "amxint8"], ["amx_fp16", "amxfp16"],
    // not in /proc/cpuinfo (KVM-only leaves in Linux): avxvnniint8, avxvnniint16, avxneconvert, amxcomplex, avx10.x — decoder tests above
  ];
  test("lzcnt: the flag agrees with what the instruction does (bsr runs instead where it is missing)", () => {
    // lzcnt eax, edi on 1 gives 31; on a CPU without LZCNT the F3 prefix is ignored and bsr gives 0
    using f = compile({ args: ["u32"], returns: "u32" }, (a) => {
      a.lzcnt(eax, edi);
      a.ret();
    });
    expect(f(1) === 31).toBe(cpu.lzcnt);
  });

  test.skipIf(flags.size === 0)("matches every flag in /proc/cpuinfo (Linux only)", () => {
    const mismatches: string[] = [];
    for (const [linux, ours] of map) {
      if (!CPU_FEATURES.includes(ours)) continue;
      // the kernel hides osxsave on some setups; every other flag must agree
      if (linux === "osxsave" && !flags.has("osxsave")) continue;
      // some hypervisors' kernels hide "abm" while CPUID reports LZCNT: judged by running it below
      if (linux === "abm" && !flags.has("abm")) continue;
      if (cpu[ours] !== flags.has(linux)) mismatches.push(`${ours}: cpu=${cpu[ours]} /proc/cpuinfo=${flags.has(linux)}`);
    }
    expect(mismatches).toEqual([]);
    const vendor = info.match(/vendor_id\s*:\s*(\S+)/)?.[1];
    expect(cpu.vendor).toBe(vendor!);
    const model = info.match(/model name\s*:\s*(.+)/)?.[1]?.trim().replace(/\s+/g, " ");
    // the brand is CPUID's (leaves 0x80000002-4); some hypervisors' kernels print another model name
    // ("AMD EPYC" for CPUID's "Oxide Virtual Turin-like Processor"), so only a printable, non-empty brand is required
    if (cpu.brand !== model) console.log(`cpu brand from CPUID "${cpu.brand}", /proc/cpuinfo says "${model}"`);
    expect(cpu.brand).toMatch(/^[\x20-\x7e]+$/);
    expect(cpu.family).toBe(Number(info.match(/cpu family\s*:\s*(\d+)/)?.[1]));
    expect(cpu.model).toBe(Number(info.match(/\nmodel\s*:\s*(\d+)/)?.[1]));
  });

  test("requestAmx: granted exactly when the CPU has AMX (Linux asks the kernel; without AMX the kernel refuses)", () => {
    expect(requestAmx()).toBe(cpu.amxtile);
    expect(requestAmx()).toBe(cpu.amxtile); // asked once, answer kept
  });

  test.skipIf(process.platform !== "linux" || cpu.amxtile)("the arch_prctl probe runs and returns a negative errno on a CPU without AMX (skipped with AMX or off Linux)", () => {
    using request = fromBytes(amxPermissionCode(), { args: [], returns: "i32" });
    expect(request()).toBeLessThan(0);
  });

  test("AVX state bits agree with the flags", () => {
    if (cpu.avx) expect(cpu.xcr0 & 6).toBe(6);
    if (cpu.avx512f) expect(cpu.xcr0 & 0xe0).toBe(0xe0);
    if (!cpu.avx512f) console.log(`note: this CPU (${cpu.brand}) has no usable AVX-512 (xcr0=0x${cpu.xcr0.toString(16)}); AVX-512 kernels will not execute here`);
  });
});
