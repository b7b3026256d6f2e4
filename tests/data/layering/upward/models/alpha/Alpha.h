#pragma once

#include "main/Window.h"
