#pragma once

#include "beta/Beta.h"
