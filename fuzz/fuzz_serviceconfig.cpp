// A service's configuration (service/ServiceConfig): whatever it accepts has at least one
// crisis contact, each with a name and a number that makes a clean tel: or sms: address.
#include "FuzzSupport.h"
#include "service/ServiceConfig.h"

using namespace dit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto parsed = ServiceConfig::parse(fuzz::bytes(data, size), QStringLiteral("service.json"));
    fuzz::note(parsed.ok());
    if (!parsed)
        return 0;
    if (parsed.value().crisisContacts().isEmpty())
        fuzz::broken();
    for (const CrisisContact &c : parsed.value().crisisContacts()) {
        const QString uri = c.dialUri();
        if (c.name.isEmpty() || c.number.isEmpty() ||
            !(uri.startsWith(QLatin1String("tel:")) || uri.startsWith(QLatin1String("sms:"))) ||
            uri.section(QLatin1Char('?'), 0, 0).contains(QLatin1Char(' ')))
            fuzz::broken();
    }
    return 0;
}
