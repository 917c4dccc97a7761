using System.Runtime.Intrinsics.X86;

namespace NetworkGraph.Core.Tests.Text;

/// <summary>A theory about the AVX-512 path of a vectorised routine: skipped with a message on a processor without
/// AVX-512, where the routine takes its scalar path and the comparison would be of that path with itself.</summary>
public sealed class Avx512TheoryAttribute : TheoryAttribute
{
    /// <summary>Marks the theory skipped when the processor has no AVX-512 (F and DQ).</summary>
    public Avx512TheoryAttribute()
    {
        if (!Avx512DQ.IsSupported)
        {
            Skip = "This processor has no AVX-512: the vector path is not taken here.";
        }
    }
}
