package com.example.shared;

public enum Tier {
  FREE, PRO
}
