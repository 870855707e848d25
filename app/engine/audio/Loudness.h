#pragma once

#include <vector>

namespace rc::engine {

// Integrated loudness after ITU-R BS.1770-4 (K-weighting, 400 ms blocks with 75 % overlap,
// absolute gate at -70 LUFS, relative gate 10 LU below). Fed in any chunk sizes, stereo or mono.
class LoudnessMeter
{
public:
    LoudnessMeter(int sampleRate, int channels);
    void add(const float *interleaved, int frames);
    double integratedLufs() const; // -inf-ish (-120) for silence
    float samplePeak() const { return m_peak; }

private:
    struct Biquad
    {
        double b0, b1, b2, a1, a2;
        double z1 = 0, z2 = 0;
        double run(double x)
        {
            const double y = b0 * x + z1;
            z1 = b1 * x - a1 * y + z2;
            z2 = b2 * x - a2 * y;
            return y;
        }
    };
    int m_rate;
    int m_channels;
    std::vector<Biquad> m_shelf, m_highpass; // per channel
    int m_hop;        // 100 ms
    int m_inHop = 0;
    double m_hopEnergy = 0;
    std::vector<double> m_hops;   // mean square per 100 ms hop (summed over channels)
    float m_peak = 0;
};

} // namespace rc::engine
