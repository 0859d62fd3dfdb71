extension KilnMath {
    /// C `fabs`: `x` with its sign bit cleared (NaN payloads kept).
    public static func fabs(_ x: Double) -> Double {
        Double(bitPattern: x.bitPattern & ~signMask)
    }

    /// C `copysign`: the magnitude of `x` with the sign bit of `y`, also for zeros and NaNs.
    public static func copysign(_ x: Double, _ y: Double) -> Double {
        Double(bitPattern: (x.bitPattern & ~signMask) | (y.bitPattern & signMask))
    }
}
