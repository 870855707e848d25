#pragma once

namespace rc::engine {

// Whether this CPU runs AVX2: the render kernels built with the avx2 target attribute (the
// build's baseline stays plain x86-64) are called only when it does. Asked once.
inline bool cpuHasAvx2()
{
#if defined(__x86_64__) || defined(__i386__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2;
#else
    return false;
#endif
}

} // namespace rc::engine
