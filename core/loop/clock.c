/* clock.c - the virtual clock (loop.h): seconds since the run started,
 * moved only by waiting (the loop's jump to its next timer, time.sleep).
 *
 * Global state: the clock.
 */
#include "loop/loop_internal.h"

static double now_s;

double clock_now(void) { return now_s; }

/* Every move of the clock is a step of the trace ("clock"). */
void clock_advance(double seconds)
{
    if (seconds > 0) {
        double from = now_s;
        now_s += seconds;
        tl_clock(from, now_s);
    }
}

void clock_advance_to(double t)
{
    if (t > now_s) {
        double from = now_s;
        now_s = t;
        tl_clock(from, now_s);
    }
}

void clock_reset(void) { now_s = 0.0; }
