/**
 * Roll call (点名报到): a shift leader calls the roll of the people posted at a unit (the operations centre, a
 * sub-centre, a station), each of them answers from their own account within the call's window, and the record
 * says who was present, late or absent, call by call and month by month, as the 中山 plan's enforcement officers
 * report in at the workstations they hold in the centre and its stations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roll call")
package org.onegrid.rollcall;
