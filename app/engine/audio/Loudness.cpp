#include "engine/audio/Loudness.h"

#include <cmath>

namespace rc::engine {

LoudnessMeter::LoudnessMeter(int sampleRate, int channels)
    : m_rate(sampleRate), m_channels(channels), m_hop(sampleRate / 10)
{
    // The filter coefficients of BS.1770 are given for 48 kHz; derive them for any rate.
    const double pi = M_PI;
    {
        const double f0 = 1681.974450955533, G = 3.999843853973347, Q = 0.7071752369554196;
        const double K = std::tan(pi * f0 / m_rate);
        const double Vh = std::pow(10.0, G / 20.0), Vb = std::pow(Vh, 0.4996667741545416);
        const double a0 = 1.0 + K / Q + K * K;
        Biquad b{(Vh + Vb * K / Q + K * K) / a0, 2.0 * (K * K - Vh) / a0, (Vh - Vb * K / Q + K * K) / a0,
                 2.0 * (K * K - 1.0) / a0, (1.0 - K / Q + K * K) / a0};
        m_shelf.assign(size_t(channels), b);
    }
    {
        const double f0 = 38.13547087602444, Q = 0.5003270373238773;
        const double K = std::tan(pi * f0 / m_rate);
        const double a0 = 1.0 + K / Q + K * K;
        Biquad b{1.0, -2.0, 1.0, 2.0 * (K * K - 1.0) / a0, (1.0 - K / Q + K * K) / a0};
        m_highpass.assign(size_t(channels), b);
    }
}

void LoudnessMeter::add(const float *x, int frames)
{
    for (int i = 0; i < frames; ++i) {
        for (int c = 0; c < m_channels; ++c) {
            const float s = x[size_t(i) * m_channels + c];
            m_peak = std::max(m_peak, std::abs(s));
            const double k = m_highpass[size_t(c)].run(m_shelf[size_t(c)].run(s));
            m_hopEnergy += k * k;
        }
        if (++m_inHop == m_hop) {
            m_hops.push_back(m_hopEnergy / m_hop);
            m_hopEnergy = 0;
            m_inHop = 0;
        }
    }
}

double LoudnessMeter::integratedLufs() const
{
    std::vector<double> blocks;
    for (size_t i = 3; i < m_hops.size(); ++i)
        blocks.push_back((m_hops[i - 3] + m_hops[i - 2] + m_hops[i - 1] + m_hops[i]) / 4);
    auto lufs = [](double ms) { return -0.691 + 10 * std::log10(std::max(ms, 1e-12)); };
    auto gatedMean = [&](double gate) {
        double sum = 0;
        int n = 0;
        for (double b : blocks)
            if (lufs(b) > gate) {
                sum += b;
                ++n;
            }
        return n ? sum / n : 0.0;
    };
    const double absolute = gatedMean(-70);
    if (absolute <= 0)
        return -120;
    const double relative = gatedMean(lufs(absolute) - 10);
    return relative > 0 ? lufs(relative) : -120;
}

} // namespace rc::engine
