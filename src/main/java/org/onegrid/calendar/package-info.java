/**
 * The working-day calendar that every case time limit (时限) is counted in. It knows China's public holidays and
 * make-up working days (调休) from the State Council's yearly schedule, the normal Monday–Friday week, and the
 * district's working hours, and answers in working days or working time: how many working days lie between two
 * dates, when "5 working days" from now ends, and how much working time has passed since a case was dispatched.
 * <p>
 * The schedule is published one year at a time, so the calendar only answers for years whose schedule it has
 * loaded and says so plainly, with {@link org.onegrid.calendar.CalendarDataMissing}, for any other year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working calendar")
package org.onegrid.calendar;
