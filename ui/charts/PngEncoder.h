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

    // zlib's level: 6 makes the smallest files in reasonable time, 3 is for speed.
    static constexpr int kDefaultCompression = 6;
    static constexpr int kFastCompression = 3;

    // False, with no bytes, when cancelled or when libpng fails.
    static bool encode(const QImage &image, QByteArray *bytes, Control *control = nullptr,
                       int compressionLevel = kDefaultCompression);
};
