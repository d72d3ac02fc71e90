using System.Globalization;

namespace Commerce.Workbench.Driving;

/// <summary>The whole machine's busy CPU time (every process, PostgreSQL and the emulator included), from /proc/stat.</summary>
internal static class MachineCpu
{
    public static TimeSpan Busy()
    {
        // cpu  user nice system idle iowait irq softirq steal …, in clock ticks (USER_HZ, 100 on Linux)
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busyTicks = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
        return TimeSpan.FromMilliseconds(busyTicks * 10);
    }
}
