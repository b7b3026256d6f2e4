// libFuzzer target: the financial figures CSV reader. Beyond not crashing, whatever it
// accepts must survive a write and a second read unchanged in number.
#include "figures/FinancialCsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const FinancialCsv::ReadResult first = FinancialCsv::read(bytes, QStringLiteral("fuzz.csv"));
    if (!first.ok())
        return 0;
    const FinancialCsv::ReadResult again =
        FinancialCsv::read(FinancialCsv::write(first.figures), QStringLiteral("again.csv"));
    if (!again.ok() || again.figures.size() != first.figures.size())
        __builtin_trap();
    return 0;
}
