#pragma once

#include <QString>

namespace rc::batch {

// The prompt for a product row that brings none: a slow turntable or push-in in studio light
// that keeps the product's shape, so a photo becomes a shop clip without any writing.
QString defaultProductPrompt();

// `templ` with {sku} and {name} (the photo's file name without extension) filled in.
QString expandProductPrompt(const QString &templ, const QString &sku, const QString &photoPath);

} // namespace rc::batch
