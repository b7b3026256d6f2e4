// libFuzzer target: the SEC company facts reader. Beyond not crashing, every figure it accepts
// must be one the library would store: a valid quarter, a known metric, a finite value.
#include "figures/CompanyFacts.h"
#include "figures/FinancialFigures.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CompanyFacts::ReadResult result = CompanyFacts::read(bytes, QStringLiteral("FUZZ"));
    if (!result.ok())
        return 0;
    for (const Figure &figure : result.figures) {
        if (!figure.quarter.isValid() || !MetricCatalog::problemWith(figure).isEmpty())
            __builtin_trap();
    }
    if (result.derivedQuarters < 0 || result.derivedQuarters > result.figures.size())
        __builtin_trap();
    return 0;
}
