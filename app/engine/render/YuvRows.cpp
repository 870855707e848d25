#include "engine/render/YuvRows.h"

#include "engine/render/CpuFeatures.h"

namespace rc::engine {

#if defined(__x86_64__) || defined(__i386__)
// In YuvRowsAvx2.cpp, compiled for AVX2 whatever the baseline; called only after a CPU check.
// Returns how many blocks it converted (whole groups of eight).
int convertRowPairAvx2(const YuvTables &t, const RowPair &rows);
#endif

void convertRowPairPortable(const YuvTables &t, const RowPair &rows, int firstBlock)
{
    const int blocks = rows.width / 2;
    for (int b = firstBlock; b < blocks; ++b) {
        const uint32_t px[4] = {rows.row0[2 * b], rows.row0[2 * b + 1], rows.row1[2 * b], rows.row1[2 * b + 1]};
        uint8_t *const luma[4] = {&rows.y0[2 * b], &rows.y0[2 * b + 1], &rows.y1[2 * b], &rows.y1[2 * b + 1]};
        int sums[3] = {0, 0, 0};
        for (int i = 0; i < 4; ++i) {
            int graded[3];
            for (int ch = 0; ch < 3; ++ch) {
                graded[ch] = curveValue(t, ch, int(px[i] >> (8 * ch)) & 0xff);
                sums[ch] += graded[ch];
            }
            *luma[i] = lumaValue(graded, pixelVignette(rows, 2 * b + i % 2));
        }
        const int blockVignette = pixelVignette(rows, 2 * b + 1) >> 1;
        rows.u[b] = chromaValue(sums, YuvTables::kBlueDiff, t.saturation, blockVignette);
        rows.v[b] = chromaValue(sums, YuvTables::kRedDiff, t.saturation, blockVignette);
    }
}

bool rowKernelIsVectorized()
{
    return cpuHasAvx2();
}

void convertRowPair(const YuvTables &t, const RowPair &rows)
{
    int done = 0;
#if defined(__x86_64__) || defined(__i386__)
    if (rowKernelIsVectorized())
        done = convertRowPairAvx2(t, rows);
#endif
    convertRowPairPortable(t, rows, done);
}

} // namespace rc::engine
