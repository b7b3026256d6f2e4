#pragma once

#include <QByteArray>
#include <QImage>

#include <atomic>

// Encodes an image as PNG with libpng, row by row, so that a worker thread can report how
// far it is and stop between rows when cancelled. Qt's own PNG writer can do neither, and
// leaks its row buffer when made to fail half-way.
class PngEncoder
{
public:
    // Shared with the thread that watches: rows done so far, and a request to stop.
    struct Control
    {
        std::atomic_int rowsEncoded = 0;
        std::atomic_bool cancelled = false;
    };

    // zlib's level. On flat-colour charts and windows, 3 deflates about three times faster
    // than 6 for files about a sixth larger (the revenue chart at 1600x1000: 133 KB against
    // 113 KB), and deflate was most of the time an export or a screenshot took.
    static constexpr int kDefaultCompression = 3;

    // False, with no bytes, when cancelled or when libpng fails.
    static bool encode(const QImage &image, QByteArray *bytes, Control *control = nullptr,
                       int compressionLevel = kDefaultCompression);
};
