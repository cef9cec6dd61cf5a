using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>GET /calendar/{date}: whether the date is a working day, the holiday arrangement that makes it so, and the next working day.</summary>
public sealed record CalendarDay(LocalDate Date, bool WorkingDay, BilingualText? Holiday, LocalDate NextWorkingDay);
