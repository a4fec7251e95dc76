/**
 * The working-day calendar that every case time limit (时限) is counted in. It knows China's public holidays and
 * make-up working days (调休) from the State Council's yearly schedule, the normal Monday–Friday week, and the
 * district's working hours, and answers in working days or working time: how many working days lie between two
 * dates, when "5 working days" from now ends, and how much working time has passed since a case was dispatched.
 * <p>
 * The schedule is published one year at a time, late in the year before. Administrators load it (or correct single
 * days) through the API or the calendar page, and every instance picks the change up. The calendar never refuses
 * to answer: in a year without a schedule it counts Monday to Friday, marks such answers as estimates, and warns
 * administrators from 60 days before the schedules run out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working calendar")
package org.onegrid.calendar;
