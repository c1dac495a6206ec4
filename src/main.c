/* main.c — cnstat: numbers about China's internet, from prose to charts. */
#include "cli.h"

int main(int argc, char **argv)
{
    return cli_run(argc, argv);
}
